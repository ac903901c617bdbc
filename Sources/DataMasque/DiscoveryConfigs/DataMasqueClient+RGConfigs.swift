extension DataMasqueClient {
    /// The ruleset generation (RG) configs stored on the instance.
    public var rgConfigs: RGConfigs { RGConfigs(client: self) }
}
