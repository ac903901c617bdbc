extension DataMasqueClient {
    /// The instance's licence.
    public var license: License { License(client: self) }
}
