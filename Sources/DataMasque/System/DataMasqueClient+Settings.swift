extension DataMasqueClient {
    /// Server-wide settings, application logs and first-time set-up.
    public var settings: Settings { Settings(client: self) }
}
