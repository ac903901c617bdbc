import DataMasque

extension DataMasqueClient.DiscoveryConfigs {
    /// The configs called `name`, of `type` when given, as listed (without their YAML).
    func named(_ name: String, type: DiscoveryConfigKind? = nil) async throws -> [DiscoveryConfig] {
        try await list().filter { $0.name == name && (type == nil || $0.configType == type?.configType) }
    }

    /// The one config called `name`, of `type` when given, as listed (without its YAML).
    ///
    /// - Throws: ``CLIError`` `not_found` when none matches,
    ///   `ambiguous` "Multiple discovery configs named …" listing the matches when several do.
    func resolve(_ name: String, type: DiscoveryConfigKind?) async throws -> DiscoveryConfig {
        let matches = try await named(name, type: type)
        guard matches.count <= 1 else {
            throw CLIError(
                .ambiguous, "Multiple discovery configs named '\(name)'",
                details: matches.map { "id=\($0.id ?? "?") type=\($0.configType.rawValue)" },
                hint: "Pass --type database|file to disambiguate.")
        }
        guard let match = matches.first else {
            throw CLIError(
                .notFound, "Discovery config '\(name)' not found.",
                hint: "Run `dm discover configs list` to see the names.")
        }
        return match
    }
}
