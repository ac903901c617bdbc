extension DataMasqueClient {
    /// The user accounts of the instance.
    public var users: Users { Users(client: self) }
}
