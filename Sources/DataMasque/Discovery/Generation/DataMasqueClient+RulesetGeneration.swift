extension DataMasqueClient {
    /// Ruleset generation from chosen database columns or file values.
    public var rulesetGeneration: RulesetGeneration { RulesetGeneration(client: self) }
}
