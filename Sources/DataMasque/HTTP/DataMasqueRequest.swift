public import Foundation
public import NIOHTTP1

/// An HTTP request as it travels through the client's middleware to the transport.
public struct DataMasqueRequest: Sendable {
    /// The HTTP method, such as `GET`.
    public var method: HTTPMethod
    /// The absolute URL.
    public var url: URL
    /// The request headers.
    public var headers: HTTPHeaders
    /// The body.
    public var body: RequestBody
    /// Whether DataMasque's `Authorization` header is attached (and a 401 answered by one re-login).
    public var requiresAuthorization: Bool
    /// What the request does, for logs, such as `connections.list`.
    public var operation: String
    /// A file that receives a successful response's body as it arrives, instead of memory.
    ///
    /// The file appears only once the whole body has arrived;
    /// a failed download leaves no partial file behind.
    public var downloadDestination: URL?
    /// When the call this request belongs to must have finished, retries included.
    ///
    /// The client sets it when the call starts, from ``DataMasqueClient/Configuration/Timeout``
    /// or ``DataMasqueClient/with(timeout:logger:)``;
    /// `nil` until then.
    public var deadline: ContinuousClock.Instant?
    /// Whether the request may be retried although its method is not idempotent, as a login may.
    var retriesWhenNotIdempotent = false

    /// Whether the request moves a large body: an upload, a streamed body or a download to a file.
    var isTransfer: Bool {
        if downloadDestination != nil { return true }
        if case .stream = body { return true }
        return false
    }

    public init(
        method: HTTPMethod,
        url: URL,
        headers: HTTPHeaders = [:],
        body: RequestBody = .empty,
        requiresAuthorization: Bool = true,
        operation: String = "request",
        downloadDestination: URL? = nil,
        deadline: ContinuousClock.Instant? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.requiresAuthorization = requiresAuthorization
        self.operation = operation
        self.downloadDestination = downloadDestination
        self.deadline = deadline
    }

    /// The method and path, for errors and logs.
    public var summary: DataMasqueError.RequestSummary {
        DataMasqueError.RequestSummary(method: method.rawValue, path: url.path().isEmpty ? "/" : url.path())
    }
}

/// The body of a request.
///
/// A streamed body is produced afresh by its factory on every attempt,
/// so a request can be replayed after a re-login without holding the content in memory.
public enum RequestBody: Sendable {
    /// No body.
    case empty
    /// Bytes held in memory, with their content type.
    case data(Data, contentType: String)
    /// Bytes produced on demand, with their total length if known and their content type.
    case stream(length: Int?, contentType: String, makeChunks: @Sendable () throws -> AsyncThrowingStream<Data, any Error>)
}
