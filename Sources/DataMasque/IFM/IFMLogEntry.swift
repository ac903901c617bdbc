/// One log entry from the in-flight masking service:
/// a plan's validation message, or the detail of a mask request.
public struct IFMLogEntry: Sendable, Hashable, Codable {
    /// How serious the entry is, such as `error`.
    public var logLevel: IFMLogLevel
    /// When it was written, as the service wrote it.
    public var timestamp: String
    /// What happened.
    public var message: String

    /// Creates an entry.
    public init(logLevel: IFMLogLevel, timestamp: String, message: String) {
        self.logLevel = logLevel
        self.timestamp = timestamp
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case logLevel = "log_level"
        case timestamp
        case message
    }
}
