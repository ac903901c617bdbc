/// Settings for one masking run.
///
/// Every option is optional; the server applies its defaults to those left `nil`, which are not sent.
///
/// ```swift
/// let options = MaskingRunOptions(batchSize: 5_000, dryRun: true)
/// ```
public struct MaskingRunOptions: Sendable, Hashable, Codable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Rows fetched and masked per batch.
    public var batchSize: Int?
    /// Whether to mask without writing the results.
    public var dryRun: Bool?
    /// Whether to carry on masking other tables or files after one fails.
    public var continueOnFailure: Bool?
    /// The most rows to mask per table.
    public var maxRows: Int?
    /// Whether to write extra detail to the run log.
    public var diagnosticLogging: Bool?
    /// The per-run encryption key, 16 to 256 characters; the server generates one when `nil`.
    ///
    /// It is a secret: never logged, and hidden from ``description``.
    public var runSecret: String?
    /// Whether to leave the instance secret out of deterministic masking.
    public var disableInstanceSecret: Bool?
    /// Whether to pull the ruleset from git just before the run starts.
    public var autoPull: Bool?
    /// The branch ``autoPull`` pulls from; the instance's configured branch when `nil` or empty.
    public var autoPullBranch: String?
    /// Options the server accepts that this release does not name, sent beside the named ones.
    ///
    /// A named option wins over an entry here with the same key.
    /// Values whose key looks secret are hidden from ``description``.
    public var additional: [String: JSONValue]

    /// Creates run options; those left `nil` take the server's defaults.
    public init(
        batchSize: Int? = nil,
        dryRun: Bool? = nil,
        continueOnFailure: Bool? = nil,
        maxRows: Int? = nil,
        diagnosticLogging: Bool? = nil,
        runSecret: String? = nil,
        disableInstanceSecret: Bool? = nil,
        autoPull: Bool? = nil,
        autoPullBranch: String? = nil,
        additional: [String: JSONValue] = [:]
    ) {
        self.batchSize = batchSize
        self.dryRun = dryRun
        self.continueOnFailure = continueOnFailure
        self.maxRows = maxRows
        self.diagnosticLogging = diagnosticLogging
        self.runSecret = runSecret
        self.disableInstanceSecret = disableInstanceSecret
        self.autoPull = autoPull
        self.autoPullBranch = autoPullBranch
        self.additional = additional
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case batchSize = "batch_size"
        case dryRun = "dry_run"
        case continueOnFailure = "continue_on_failure"
        case maxRows = "max_rows"
        case diagnosticLogging = "diagnostic_logging"
        case runSecret = "run_secret"
        case disableInstanceSecret = "disable_instance_secret"
        case autoPull = "auto_pull"
        case autoPullBranch = "auto_pull_branch"
    }

    /// The wire names of the named options, such as `batch_size`.
    public static let namedKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Reads the named options and keeps every other member in ``additional``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            batchSize: try container.decodeIfPresent(Int.self, forKey: .batchSize),
            dryRun: try container.decodeIfPresent(Bool.self, forKey: .dryRun),
            continueOnFailure: try container.decodeIfPresent(Bool.self, forKey: .continueOnFailure),
            maxRows: try container.decodeIfPresent(Int.self, forKey: .maxRows),
            diagnosticLogging: try container.decodeIfPresent(Bool.self, forKey: .diagnosticLogging),
            runSecret: try container.decodeIfPresent(String.self, forKey: .runSecret),
            disableInstanceSecret: try container.decodeIfPresent(Bool.self, forKey: .disableInstanceSecret),
            autoPull: try container.decodeIfPresent(Bool.self, forKey: .autoPull),
            autoPullBranch: try container.decodeIfPresent(String.self, forKey: .autoPullBranch),
            additional: try decoder.unmodelledFields(excluding: Self.namedKeys))
    }

    /// Writes ``additional``, then the named options that are set, which win.
    public func encode(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in additional where !Self.namedKeys.contains(key) {
            try members.encode(value, forKey: AnyCodingKey(stringValue: key))
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(batchSize, forKey: .batchSize)
        try container.encodeIfPresent(dryRun, forKey: .dryRun)
        try container.encodeIfPresent(continueOnFailure, forKey: .continueOnFailure)
        try container.encodeIfPresent(maxRows, forKey: .maxRows)
        try container.encodeIfPresent(diagnosticLogging, forKey: .diagnosticLogging)
        try container.encodeIfPresent(runSecret, forKey: .runSecret)
        try container.encodeIfPresent(disableInstanceSecret, forKey: .disableInstanceSecret)
        try container.encodeIfPresent(autoPull, forKey: .autoPull)
        try container.encodeIfPresent(autoPullBranch, forKey: .autoPullBranch)
    }

    /// The lengths DataMasque accepts for ``runSecret``, in characters.
    public static let runSecretLengths = 16...256

    /// Checks what the server would refuse, before anything is sent.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   when ``runSecret`` is not 16 to 256 characters long.
    public func validate() throws {
        guard let runSecret else { return }
        let length = runSecret.unicodeScalars.count
        guard Self.runSecretLengths.contains(length) else {
            throw DataMasqueError(
                code: .configuration,
                message: "The run secret must be 16 to 256 characters long; this one has \(length).")
        }
    }

    /// The options that are set, with ``runSecret`` hidden.
    public var description: String {
        let fields: [(String, (any Sendable)?)] = [
            ("batchSize", batchSize), ("dryRun", dryRun), ("continueOnFailure", continueOnFailure),
            ("maxRows", maxRows), ("diagnosticLogging", diagnosticLogging),
            ("runSecret", runSecret.map { _ in Redaction.placeholder }),
            ("disableInstanceSecret", disableInstanceSecret), ("autoPull", autoPull), ("autoPullBranch", autoPullBranch),
        ] + additional.keys.sorted().map { key -> (String, (any Sendable)?) in
            (key, Redaction.isSensitive(key) ? Redaction.placeholder : additional[key].map { "\($0)" })
        }
        let set = fields.compactMap { name, value in value.map { "\(name): \($0)" } }
        return "MaskingRunOptions(\(set.joined(separator: ", ")))"
    }

    public var debugDescription: String { description }
}
