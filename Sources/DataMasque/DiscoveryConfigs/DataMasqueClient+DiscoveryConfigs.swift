extension DataMasqueClient {
    /// The discovery configs stored on the instance.
    public var discoveryConfigs: DiscoveryConfigs { DiscoveryConfigs(client: self) }
}
