/// The counts every Safe Data Preview has.
public struct CommonStatistics: Sendable, Hashable, Codable {
    /// How many rows were sampled (`count_row`).
    public var rowCount: Int
    /// How many sampled values were null (`count_null`).
    public var nullCount: Int
    /// How many distinct values were sampled, when counted (`count_distinct`).
    public var distinctCount: Int?

    /// Creates the counts, for example in a test.
    public init(rowCount: Int, nullCount: Int, distinctCount: Int? = nil) {
        self.rowCount = rowCount
        self.nullCount = nullCount
        self.distinctCount = distinctCount
    }

    enum CodingKeys: String, CodingKey {
        case rowCount = "count_row"
        case nullCount = "count_null"
        case distinctCount = "count_distinct"
    }

    /// Writes every count, an absent distinct count as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rowCount, forKey: .rowCount)
        try container.encode(nullCount, forKey: .nullCount)
        try container.encode(distinctCount, forKey: .distinctCount)
    }
}
