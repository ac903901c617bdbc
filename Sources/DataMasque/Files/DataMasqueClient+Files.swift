extension DataMasqueClient {
    /// The seed files, Oracle wallets, SSL zips and Snowflake keys stored on the instance.
    public var files: Files { Files(client: self) }
}
