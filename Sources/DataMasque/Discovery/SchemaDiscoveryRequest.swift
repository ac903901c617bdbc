/// A request to discover sensitive columns in a database by keywords,
/// sent to `POST /api/schema-discovery/`.
///
/// ```swift
/// let id = try await client.discovery.start(
///     SchemaDiscoveryRequest(connectionID: connectionID, customKeywords: ["staff_no"]))
/// let run = try await client.runs.wait(id: id)
/// ```
///
/// The lists and flags are always sent; ``inDataDiscovery`` only when set.
/// To run with a saved discovery config instead, use ``SchemaDiscoveryFromConfigRequest``.
public struct SchemaDiscoveryRequest: Sendable, Hashable, Codable {
    /// The id of the database connection (`connection`).
    public var connectionID: String
    /// Extra keywords that flag a column name as sensitive (`custom_keywords`).
    public var customKeywords: [String]
    /// Keywords whose matches are ignored (`ignored_keywords`).
    public var ignoredKeywords: [String]
    /// The schemas to discover; empty for the connection's default schema.
    public var schemas: [String]
    /// Sampling of the data itself (`in_data_discovery`).
    public var inDataDiscovery: InDataDiscoveryConfig?
    /// Whether to skip DataMasque's built-in keywords (`disable_built_in_keywords`).
    public var disableBuiltInKeywords: Bool
    /// Whether to skip the instance's global custom keywords (`disable_global_custom_keywords`).
    public var disableGlobalCustomKeywords: Bool
    /// Whether to skip the instance's global ignored keywords (`disable_global_ignored_keywords`).
    public var disableGlobalIgnoredKeywords: Bool

    /// Creates a keyword-driven schema discovery request.
    public init(
        connectionID: String,
        customKeywords: [String] = [],
        ignoredKeywords: [String] = [],
        schemas: [String] = [],
        inDataDiscovery: InDataDiscoveryConfig? = nil,
        disableBuiltInKeywords: Bool = false,
        disableGlobalCustomKeywords: Bool = false,
        disableGlobalIgnoredKeywords: Bool = false
    ) {
        self.connectionID = connectionID
        self.customKeywords = customKeywords
        self.ignoredKeywords = ignoredKeywords
        self.schemas = schemas
        self.inDataDiscovery = inDataDiscovery
        self.disableBuiltInKeywords = disableBuiltInKeywords
        self.disableGlobalCustomKeywords = disableGlobalCustomKeywords
        self.disableGlobalIgnoredKeywords = disableGlobalIgnoredKeywords
    }

    enum CodingKeys: String, CodingKey {
        case connectionID = "connection"
        case customKeywords = "custom_keywords"
        case ignoredKeywords = "ignored_keywords"
        case schemas
        case inDataDiscovery = "in_data_discovery"
        case disableBuiltInKeywords = "disable_built_in_keywords"
        case disableGlobalCustomKeywords = "disable_global_custom_keywords"
        case disableGlobalIgnoredKeywords = "disable_global_ignored_keywords"
    }
}
