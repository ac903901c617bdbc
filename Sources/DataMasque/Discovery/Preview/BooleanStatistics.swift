/// Safe Data Preview statistics of a true-or-false column.
public struct BooleanStatistics: Sendable, Hashable, Codable {
    /// How many values were true (`count_true`).
    public var trueCount: Int
    /// How many values were false (`count_false`).
    public var falseCount: Int

    /// Creates Boolean statistics.
    public init(trueCount: Int, falseCount: Int) {
        self.trueCount = trueCount
        self.falseCount = falseCount
    }

    enum CodingKeys: String, CodingKey {
        case trueCount = "count_true"
        case falseCount = "count_false"
    }
}
