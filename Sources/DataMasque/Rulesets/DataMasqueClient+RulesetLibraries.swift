extension DataMasqueClient {
    /// The ruleset libraries stored on the instance.
    public var rulesetLibraries: RulesetLibraries { RulesetLibraries(client: self) }
}
