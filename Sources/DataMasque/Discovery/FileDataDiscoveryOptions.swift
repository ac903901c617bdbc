/// Run-time switches of a file data discovery run (`options`).
public struct FileDataDiscoveryOptions: Sendable, Hashable, Codable {
    /// Whether the run writes extra diagnostics to its log (`diagnostic_logging`).
    public var diagnosticLogging: Bool?

    /// Creates file data discovery options.
    public init(diagnosticLogging: Bool? = nil) {
        self.diagnosticLogging = diagnosticLogging
    }

    enum CodingKeys: String, CodingKey {
        case diagnosticLogging = "diagnostic_logging"
    }
}
