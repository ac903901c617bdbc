import NIOHTTP1

extension DataMasqueClient {
    /// Sends `resource` as the body of a create or update, and returns it with the server's read-only fields.
    func write<Resource: EditableResource>(
        _ resource: Resource,
        _ method: HTTPMethod,
        _ path: String,
        query: [(String, String?)] = [],
        operation: String
    ) async throws -> Resource {
        let stored = try await sendJSON(
            method, path, query: query, body: resource, decoding: Resource.self, operation: operation)
        var result = resource
        result.adoptServerFields(of: stored)
        return result
    }

    /// The id of `resource`, which an update needs.
    ///
    /// - Parameter subject: The resource as messages name it, such as `discovery config 'x'`.
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration`` when it has none.
    static func requireID(_ resource: some EditableResource, of subject: String) throws -> String {
        guard let id = resource.id else {
            throw DataMasqueError(
                code: .configuration,
                message: "The \(subject) has no id, so it cannot be updated; create it first.")
        }
        return id
    }
}
