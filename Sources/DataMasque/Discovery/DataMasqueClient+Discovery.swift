extension DataMasqueClient {
    /// Discovery: start discovery runs and read their results, reports and config snapshots.
    public var discovery: Discovery { Discovery(client: self) }
}
