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
        autoPullBranch: String? = nil
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
    }

    enum CodingKeys: String, CodingKey {
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
        ]
        let set = fields.compactMap { name, value in value.map { "\(name): \($0)" } }
        return "MaskingRunOptions(\(set.joined(separator: ", ")))"
    }

    public var debugDescription: String { description }
}
