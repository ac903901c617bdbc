/// A request to discover sensitive columns in a database with a saved discovery config,
/// sent to `POST /api/schema-discovery/v2/`.
///
/// ```swift
/// let id = try await client.discovery.start(
///     SchemaDiscoveryFromConfigRequest(connectionID: connectionID, discoveryConfigID: configID))
/// ```
///
/// `discovery_config` is always sent, as `null` for the server's built-in defaults.
public struct SchemaDiscoveryFromConfigRequest: Sendable, Hashable, Codable {
    /// The id of the database connection (`connection`).
    public var connectionID: String
    /// The id of a saved database discovery config, or `nil` for the server's defaults (`discovery_config`).
    public var discoveryConfigID: String?
    /// The schemas to discover; `nil` for the connection's default schema.
    public var schemas: [String]?

    /// Creates a config-driven schema discovery request.
    public init(connectionID: String, discoveryConfigID: String? = nil, schemas: [String]? = nil) {
        self.connectionID = connectionID
        self.discoveryConfigID = discoveryConfigID
        self.schemas = schemas
    }

    enum CodingKeys: String, CodingKey {
        case connectionID = "connection"
        case discoveryConfigID = "discovery_config"
        case schemas
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(connectionID, forKey: .connectionID)
        try container.encode(discoveryConfigID, forKey: .discoveryConfigID)
        try container.encodeIfPresent(schemas, forKey: .schemas)
    }
}
