public import Foundation

extension DataMasqueClient {
    /// Downloads a response body straight into a file, without holding it in memory.
    ///
    /// The file appears only when the whole body has arrived,
    /// replacing any file already there;
    /// a failed download leaves nothing behind.
    ///
    /// ```swift
    /// try await client.download("/api/logs/download/", query: [("log_service", "application")],
    ///                           to: URL(fileURLWithPath: "logs.tar.gz"))
    /// ```
    ///
    /// - Returns: The response, without its body; its headers say what was saved.
    /// - Throws: ``DataMasqueError`` as ``send(_:_:query:body:requiresAuthorization:checkStatus:operation:)``.
    @discardableResult
    public func download(
        _ path: String,
        query: [(String, String?)] = [],
        to destination: URL,
        operation: String = "download"
    ) async throws -> DataMasqueResponse {
        var request = configuration.request(.GET, path, query: query, operation: operation)
        request.downloadDestination = destination
        return try Self.checked(try await pipeline.send(request), for: request.summary)
    }
}
