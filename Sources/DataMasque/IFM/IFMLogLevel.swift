/// The level of an in-flight masking log entry, or the level a plan or a mask request asks to log at.
///
/// Compared without regard to case, as the service writes `ERROR` in plan options and `error` in log entries;
/// the text the server sent is kept as it is, and levels this release does not know are kept too.
///
/// ```swift
/// let options = RulesetPlanOptions(defaultLogLevel: .warning)
/// ```
public struct IFMLogLevel: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The level as written, such as `WARNING` or `error`.
    public let rawValue: String

    /// A level with this text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A level written as a string literal, such as `"INFO"`.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// Detail for diagnosing problems.
    public static let debug = IFMLogLevel(rawValue: "DEBUG")
    /// Normal progress.
    public static let info = IFMLogLevel(rawValue: "INFO")
    /// Something to look at.
    public static let warning = IFMLogLevel(rawValue: "WARNING")
    /// A failure.
    public static let error = IFMLogLevel(rawValue: "ERROR")
    /// A failure that stopped the work.
    public static let critical = IFMLogLevel(rawValue: "CRITICAL")

    /// The levels this release knows, from the most to the least detailed.
    public static let knownLevels: [IFMLogLevel] = [.debug, .info, .warning, .error, .critical]

    /// Whether this is one of ``knownLevels``.
    public var isKnown: Bool { Self.knownLevels.contains(self) }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue.lowercased() == rhs.rawValue.lowercased()
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawValue.lowercased())
    }

    /// The text as written.
    public var description: String { rawValue }

    /// Reads the level's text, whatever it is.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the text as it was read or given.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
