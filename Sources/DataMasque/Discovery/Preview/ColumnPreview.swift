/// A Safe Data Preview of one kind: the counts every preview has, and the kind's own statistics.
///
/// ``SafeDataPreview`` holds one per known kind.
public struct ColumnPreview<Statistics: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The file whose sample produced the preview, for grouped file discovery (`sampled_from`).
    public var sampledFrom: String?
    /// Row, null and distinct counts (`statistics_common`).
    public var common: CommonStatistics
    /// The statistics of the column's kind (`statistics_kind`).
    public var statistics: Statistics

    /// Creates a preview, for example in a test.
    public init(sampledFrom: String? = nil, common: CommonStatistics, statistics: Statistics) {
        self.sampledFrom = sampledFrom
        self.common = common
        self.statistics = statistics
    }

    enum CodingKeys: String, CodingKey {
        case kind
        case sampledFrom = "sampled_from"
        case common = "statistics_common"
        case statistics = "statistics_kind"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sampledFrom = try container.decodeIfPresent(String.self, forKey: .sampledFrom)
        common = try container.decode(CommonStatistics.self, forKey: .common)
        statistics = try container.decode(Statistics.self, forKey: .statistics)
    }

    /// Writes the preview without a `kind`; ``SafeDataPreview`` adds it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sampledFrom, forKey: .sampledFrom)
        try container.encode(common, forKey: .common)
        try container.encode(statistics, forKey: .statistics)
    }

    func encode(to encoder: any Encoder, kind: ColumnKind) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try encode(to: encoder)
    }
}
