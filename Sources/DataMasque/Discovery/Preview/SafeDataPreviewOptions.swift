/// What Safe Data Preview may reveal about sampled columns (`safe_data_preview`).
///
/// Every setting left `nil` keeps the server's default and is not sent.
///
/// ```swift
/// let preview = SafeDataPreviewOptions(enabled: true, stringLevel: .firstChars, numericLevel: .histograms)
/// ```
public struct SafeDataPreviewOptions: Sendable, Hashable, Codable {
    /// Whether previews are produced; `false` turns them off.
    public var enabled: Bool?
    /// The smallest group of values a statistic may describe (`min_group_size`).
    public var minGroupSize: Int?
    /// How much is revealed about text columns (`string_level`).
    public var stringLevel: StringDisclosureLevel?
    /// How much is revealed about numeric columns (`numeric_level`).
    public var numericLevel: NumericTemporalDisclosureLevel?
    /// How much is revealed about date and time columns (`temporal_level`).
    public var temporalLevel: NumericTemporalDisclosureLevel?

    /// Creates Safe Data Preview settings.
    public init(
        enabled: Bool? = nil,
        minGroupSize: Int? = nil,
        stringLevel: StringDisclosureLevel? = nil,
        numericLevel: NumericTemporalDisclosureLevel? = nil,
        temporalLevel: NumericTemporalDisclosureLevel? = nil
    ) {
        self.enabled = enabled
        self.minGroupSize = minGroupSize
        self.stringLevel = stringLevel
        self.numericLevel = numericLevel
        self.temporalLevel = temporalLevel
    }

    enum CodingKeys: String, CodingKey {
        case enabled
        case minGroupSize = "min_group_size"
        case stringLevel = "string_level"
        case numericLevel = "numeric_level"
        case temporalLevel = "temporal_level"
    }
}
