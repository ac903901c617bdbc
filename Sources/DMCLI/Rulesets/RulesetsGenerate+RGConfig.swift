import DataMasque

extension DM.Rulesets.Generate {
    /// The id of the ruleset generation config named `nameOrID`, or `nameOrID` itself when no config has that name.
    static func resolveRGConfig(_ nameOrID: String, client: DataMasqueClient) async throws -> String {
        let named = try await CLIError.translating("Could not look up ruleset generation config '\(nameOrID)'") {
            try await client.rgConfigs.get(named: nameOrID)
        }
        return named?.id ?? nameOrID
    }
}
