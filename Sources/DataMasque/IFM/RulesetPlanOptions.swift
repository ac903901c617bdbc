/// A ruleset plan's defaults, used for whatever a mask request leaves out.
///
/// Every field is optional; one left `nil` is not sent, so the service keeps or picks its own value.
///
/// ```swift
/// let options = RulesetPlanOptions(enabled: true, defaultLogLevel: .warning)
/// ```
public struct RulesetPlanOptions: Sendable, Hashable, Codable {
    /// Whether the plan accepts mask requests.
    public var enabled: Bool?
    /// The default text encoding; the service stores it but does not apply it yet.
    public var defaultEncoding: String?
    /// The default character set; the service stores it but does not apply it yet.
    public var defaultCharset: String?
    /// The level masking logs at unless a request says otherwise.
    public var defaultLogLevel: IFMLogLevel?
    /// Options the service sent that this release does not model, sent back as they are.
    public var additionalFields: [String: JSONValue]

    /// Creates options; those left `nil` are not sent.
    public init(
        enabled: Bool? = nil,
        defaultEncoding: String? = nil,
        defaultCharset: String? = nil,
        defaultLogLevel: IFMLogLevel? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.enabled = enabled
        self.defaultEncoding = defaultEncoding
        self.defaultCharset = defaultCharset
        self.defaultLogLevel = defaultLogLevel
        self.additionalFields = additionalFields
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case enabled
        case defaultEncoding = "default_encoding"
        case defaultCharset = "default_charset"
        case defaultLogLevel = "default_log_level"
    }

    /// Reads the options, keeping unknown ones in ``additionalFields``; a `null` option counts as absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            enabled: try container.decodeIfPresent(Bool.self, forKey: .enabled),
            defaultEncoding: try container.decodeIfPresent(String.self, forKey: .defaultEncoding),
            defaultCharset: try container.decodeIfPresent(String.self, forKey: .defaultCharset),
            defaultLogLevel: try container.decodeIfPresent(IFMLogLevel.self, forKey: .defaultLogLevel),
            additionalFields: try decoder.unmodelledFields(excluding: CodingKeys.self))
    }

    /// Writes the options that are set, and the additional fields.
    public func encode(to encoder: any Encoder) throws {
        var body = WireObject<CodingKeys>()
        body.set(.enabled, enabled)
        body.set(.defaultEncoding, defaultEncoding)
        body.set(.defaultCharset, defaultCharset)
        body.set(.defaultLogLevel, defaultLogLevel?.rawValue)
        try JSONValue.object(additionalFields.merging(body.members) { _, modelled in modelled }).encode(to: encoder)
    }
}
