/// How a keyword-driven discovery run samples and inspects the data itself (`in_data_discovery`).
///
/// Every setting left `nil` keeps the server's default and is not sent.
///
/// ```swift
/// let sampling = InDataDiscoveryConfig(
///     enabled: true,
///     rowSampleSize: 500,
///     safeDataPreview: SafeDataPreviewOptions(enabled: true, stringLevel: .patterns))
/// ```
public struct InDataDiscoveryConfig: Sendable, Hashable, Codable {
    /// Whether values are sampled at all.
    public var enabled: Bool?
    /// How many rows to sample per table (`row_sample_size`).
    public var rowSampleSize: Int?
    /// Patterns that flag values as sensitive (`custom_rules`).
    public var customRules: [InDataDiscoveryRule]?
    /// Patterns that mark values as not sensitive (`non_sensitive_rules`).
    public var nonSensitiveRules: [InDataDiscoveryRule]?
    /// Patterns whose matches are ignored (`ignore_rules`).
    public var ignoreRules: [InDataDiscoveryRule]?
    /// Whether to sample columns that metadata discovery already flagged.
    public var force: Bool?
    /// What Safe Data Preview reveals about each column (`safe_data_preview`).
    public var safeDataPreview: SafeDataPreviewOptions?

    /// Creates in-data discovery settings.
    public init(
        enabled: Bool? = nil,
        rowSampleSize: Int? = nil,
        customRules: [InDataDiscoveryRule]? = nil,
        nonSensitiveRules: [InDataDiscoveryRule]? = nil,
        ignoreRules: [InDataDiscoveryRule]? = nil,
        force: Bool? = nil,
        safeDataPreview: SafeDataPreviewOptions? = nil
    ) {
        self.enabled = enabled
        self.rowSampleSize = rowSampleSize
        self.customRules = customRules
        self.nonSensitiveRules = nonSensitiveRules
        self.ignoreRules = ignoreRules
        self.force = force
        self.safeDataPreview = safeDataPreview
    }

    enum CodingKeys: String, CodingKey {
        case enabled
        case rowSampleSize = "row_sample_size"
        case customRules = "custom_rules"
        case nonSensitiveRules = "non_sensitive_rules"
        case ignoreRules = "ignore_rules"
        case force
        case safeDataPreview = "safe_data_preview"
    }
}
