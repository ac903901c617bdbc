import DataMasque

extension DM.Connections {
    /// The first connection whose name or id is `nameOrID`, in list order, with its id.
    ///
    /// - Throws: ``CLIError`` `not_found` when there is none.
    static func resolve(_ nameOrID: String, in client: DataMasqueClient) async throws -> (Connection, id: String) {
        let connections = try await client.connections.list()
        guard let match = connections.first(where: { $0.name == nameOrID || $0.id == nameOrID }) else {
            throw notFound(nameOrID)
        }
        guard let id = match.id else {
            throw CLIError(.error, "The server listed connection '\(match.name)' without an id.")
        }
        return (match, id)
    }

    /// The error for a connection that does not exist.
    static func notFound(_ name: String) -> CLIError {
        CLIError(.notFound, "Connection '\(name)' not found.", hint: "Run `dm connections list` to see the names.")
    }
}
