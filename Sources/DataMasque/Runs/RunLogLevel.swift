/// The severity of a run log entry, sent as a number (`log_level`).
///
/// The known levels follow Python's logging: 10 debug, 20 info, 30 warning, 40 error, 50 fatal.
/// Any other number is kept as it is.
public struct RunLogLevel: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The number the server sent.
    public var rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Detail for diagnosing problems (10).
    public static let debug = RunLogLevel(rawValue: 10)
    /// Normal progress (20).
    public static let info = RunLogLevel(rawValue: 20)
    /// Something the user should look at (30).
    public static let warning = RunLogLevel(rawValue: 30)
    /// A failure (40).
    public static let error = RunLogLevel(rawValue: 40)
    /// A failure that stopped the run (50).
    public static let fatal = RunLogLevel(rawValue: 50)

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `DEBUG`, `INFO`, `WARN`, `ERROR`, `FATAL`, or the number for another level.
    public var description: String {
        switch self {
        case .debug: "DEBUG"
        case .info: "INFO"
        case .warning: "WARN"
        case .error: "ERROR"
        case .fatal: "FATAL"
        default: "LEVEL \(rawValue)"
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
