import DataMasque

extension DM.Rulesets.Generate {
    /// The id of the ruleset generation config `--rg-config` names: the value as given.
    static func resolveRGConfig(_ nameOrID: String, client: DataMasqueClient) async throws -> String {
        nameOrID
    }
}
