/// Why a column was not previewed.
public struct UnsupportedStatistics: Sendable, Hashable, Codable {
    /// The reason, such as binary data.
    public var reason: String

    /// Creates the statistics of an unsupported column.
    public init(reason: String) {
        self.reason = reason
    }
}
