/// One line of a run's log.
public struct RunLogEntry: Sendable, Hashable, Codable, CustomStringConvertible {
    /// When the line was written, when the server said, with the server's exact text.
    public var timestamp: Timestamp?
    /// The line's severity; ``RunLogLevel/info`` when the server did not say.
    public var logLevel: RunLogLevel
    /// The text of the line.
    public var message: String

    /// Creates a log entry.
    public init(timestamp: Timestamp? = nil, logLevel: RunLogLevel = .info, message: String) {
        self.timestamp = timestamp
        self.logLevel = logLevel
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case timestamp
        case logLevel = "log_level"
        case message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            timestamp: try? container.decodeIfPresent(Timestamp.self, forKey: .timestamp),
            logLevel: RunLogLevel(rawValue: try container.decodeLenientInt(.logLevel, default: RunLogLevel.info.rawValue)),
            message: try container.decode(.message, default: ""))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(timestamp, forKey: .timestamp)
        try container.encode(logLevel, forKey: .logLevel)
        try container.encode(message, forKey: .message)
    }

    /// The line as a log viewer shows it: time, level and message.
    public var description: String {
        let time = timestamp.map { $0.text + " " } ?? ""
        return "\(time)\(logLevel) \(message)"
    }
}
