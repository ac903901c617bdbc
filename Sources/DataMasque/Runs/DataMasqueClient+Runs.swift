extension DataMasqueClient {
    /// Masking runs: start, follow, cancel, logs and reports.
    public var runs: Runs { Runs(client: self) }
}
