import DataMasque

extension DiscoveryStart {
    /// The id of the saved discovery config named `name` for `kind`.
    ///
    /// - Throws: ``CLIError`` `invalid_input` when only a config of the other type has that name,
    ///   `not_found` when none does.
    static func resolveConfig(_ name: String, kind: DiscoveryKind, client: DataMasqueClient) async throws -> String {
        let (wanted, other): (DiscoveryConfigType, DiscoveryConfigType) =
            kind == .schema ? (.database, .file) : (.file, .database)
        let lookup = "Could not look up discovery config '\(name)'"
        if let match = try await CLIError.translating(lookup, { try await client.discoveryConfigs.get(named: name, type: wanted) }) {
            guard let id = match.id else {
                throw CLIError(.error, "The server listed discovery config '\(name)' without an id.")
            }
            return id
        }
        if try await CLIError.translating(lookup, { try await client.discoveryConfigs.get(named: name, type: other) }) != nil {
            throw CLIError(
                .invalidInput,
                "Discovery config '\(name)' exists as \(other.rawValue), "
                    + "but \(wanted.rawValue) discovery needs a \(wanted.rawValue) config.")
        }
        throw CLIError(.notFound, "Discovery config '\(name)' not found.")
    }
}
