/// A request to discover sensitive values in files with a saved discovery config,
/// sent to `POST /api/run-file-data-discovery/v2/`.
///
/// ```swift
/// let id = try await client.discovery.start(
///     FileDataDiscoveryFromConfigRequest(connectionID: filesID, discoveryConfigID: configID))
/// ```
///
/// `discovery_config` is always sent, as `null` for the server's built-in defaults.
public struct FileDataDiscoveryFromConfigRequest: Sendable, Hashable, Codable {
    /// The id of the file connection (`connection`).
    public var connectionID: String
    /// The id of a saved file discovery config, or `nil` for the server's defaults (`discovery_config`).
    public var discoveryConfigID: String?
    /// Run-time switches; detection and file handling come from the config.
    public var options: FileDataDiscoveryOptions?

    /// Creates a config-driven file data discovery request.
    public init(connectionID: String, discoveryConfigID: String? = nil, options: FileDataDiscoveryOptions? = nil) {
        self.connectionID = connectionID
        self.discoveryConfigID = discoveryConfigID
        self.options = options
    }

    enum CodingKeys: String, CodingKey {
        case connectionID = "connection"
        case discoveryConfigID = "discovery_config"
        case options
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(connectionID, forKey: .connectionID)
        try container.encode(discoveryConfigID, forKey: .discoveryConfigID)
        try container.encodeIfPresent(options, forKey: .options)
    }
}
