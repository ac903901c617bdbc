extension DataMasqueClient {
    /// The masking rulesets stored on the instance.
    public var rulesets: Rulesets { Rulesets(client: self) }
}
