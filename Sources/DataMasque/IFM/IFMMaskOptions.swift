/// How one mask request runs, beyond the plan's defaults.
///
/// Every field is optional; one left `nil` is not sent, so the plan's ``RulesetPlanOptions`` or the service decide.
///
/// ```swift
/// let options = IFMMaskOptions(runSecret: secret, requestID: "batch-42")
/// ```
///
/// Its `description` and mirror never show the run secret.
public struct IFMMaskOptions: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// Whether to leave the instance's secret out of deterministic masks, for this request only.
    public var disableInstanceSecret: Bool?
    /// The secret that seeds deterministic masks, so that the same input masks the same way across requests;
    /// the service wants at least 20 characters.
    public var runSecret: String?
    /// Values that deterministic masks hash instead of the input values.
    public var hashValues: JSONValue?
    /// The level to log at, instead of the plan's default.
    public var logLevel: IFMLogLevel?
    /// An identifier for the request, echoed in ``IFMMaskResult/requestID``.
    public var requestID: String?
    /// The AI engine to use, for masks that need one.
    public var aiEngineURL: String?

    /// Creates options; those left `nil` are not sent.
    public init(
        disableInstanceSecret: Bool? = nil,
        runSecret: String? = nil,
        hashValues: JSONValue? = nil,
        logLevel: IFMLogLevel? = nil,
        requestID: String? = nil,
        aiEngineURL: String? = nil
    ) {
        self.disableInstanceSecret = disableInstanceSecret
        self.runSecret = runSecret
        self.hashValues = hashValues
        self.logLevel = logLevel
        self.requestID = requestID
        self.aiEngineURL = aiEngineURL
    }

    enum CodingKeys: String, CodingKey {
        case data
        case disableInstanceSecret = "disable_instance_secret"
        case runSecret = "run_secret"
        case hashValues = "hash_values"
        case logLevel = "log_level"
        case requestID = "request_id"
        case aiEngineURL = "ai_engine_url"
    }

    /// Writes the options that are set into `container`, beside the records.
    func encode(into container: inout KeyedEncodingContainer<CodingKeys>) throws {
        try container.encodeIfPresent(disableInstanceSecret, forKey: .disableInstanceSecret)
        try container.encodeIfPresent(runSecret, forKey: .runSecret)
        try container.encodeIfPresent(hashValues, forKey: .hashValues)
        try container.encodeIfPresent(logLevel, forKey: .logLevel)
        try container.encodeIfPresent(requestID, forKey: .requestID)
        try container.encodeIfPresent(aiEngineURL, forKey: .aiEngineURL)
    }

    public var description: String {
        let fields: [(String, String?)] = [
            ("disableInstanceSecret", disableInstanceSecret.map { "\($0)" }),
            ("runSecret", runSecret.map { _ in Redaction.placeholder }),
            ("hashValues", hashValues.map { "\($0)" }),
            ("logLevel", logLevel?.rawValue),
            ("requestID", requestID),
            ("aiEngineURL", aiEngineURL),
        ]
        return "IFMMaskOptions(" + fields.compactMap { name, value in value.map { "\(name): \($0)" } }
            .joined(separator: ", ") + ")"
    }

    public var customMirror: Mirror { Mirror(self, children: ["description": description], displayStyle: .struct) }
}

/// The body of a mask request: the records, then the options that are set.
struct IFMMaskBody<Record: Encodable>: Encodable {
    let records: [Record]
    let options: IFMMaskOptions

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: IFMMaskOptions.CodingKeys.self)
        try container.encode(records, forKey: .data)
        try options.encode(into: &container)
    }
}
