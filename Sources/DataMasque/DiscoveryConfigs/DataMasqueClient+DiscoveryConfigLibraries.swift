extension DataMasqueClient {
    /// The discovery config libraries stored on the instance.
    public var discoveryConfigLibraries: DiscoveryConfigLibraries { DiscoveryConfigLibraries(client: self) }
}
