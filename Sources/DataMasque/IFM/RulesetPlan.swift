public import Foundation

/// An in-flight masking ruleset plan: a named ruleset that mask requests apply.
///
/// The service adds a random suffix to the name it is created with,
/// so use the ``name`` it returns.
/// Every change increases its ``serial``.
///
/// ```swift
/// let plan = try await ifm.rulesetPlans.create(name: "customers", yaml: yaml)
/// print(plan.name, plan.serial)   // customers-a1b2c3 1
/// ```
public struct RulesetPlan: Sendable, Hashable, Codable {
    /// The plan's name, which identifies it in URLs.
    public var name: String
    /// The plan's version, increased by each change.
    public var serial: Int
    /// When the plan was created.
    public var createdTime: Timestamp
    /// When the plan last changed.
    public var modifiedTime: Timestamp
    /// The plan's defaults for mask requests.
    public var options: RulesetPlanOptions
    /// The plan's ruleset YAML (`ruleset_yaml`); `nil` in listings, which leave it out.
    public var yaml: String?
    /// What the service logged while validating the plan, when it says.
    public var logs: [IFMLogEntry]?
    /// The plan's absolute URL, when the service says (as it does on creation).
    public var url: URL?
    /// Fields the service sent that this release does not model.
    public var additionalFields: [String: JSONValue]

    /// Creates a plan, for example in a test double.
    public init(
        name: String,
        serial: Int,
        createdTime: Timestamp,
        modifiedTime: Timestamp,
        options: RulesetPlanOptions = RulesetPlanOptions(),
        yaml: String? = nil,
        logs: [IFMLogEntry]? = nil,
        url: URL? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.serial = serial
        self.createdTime = createdTime
        self.modifiedTime = modifiedTime
        self.options = options
        self.yaml = yaml
        self.logs = logs
        self.url = url
        self.additionalFields = additionalFields
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case serial
        case createdTime = "created_time"
        case modifiedTime = "modified_time"
        case options
        case yaml = "ruleset_yaml"
        case logs
        case url
    }

    /// Reads a plan as the service sends it; `null` options count as none, and an unusable `url` as absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            serial: try container.decodeLenientInt(.serial),
            createdTime: try container.decode(Timestamp.self, forKey: .createdTime),
            modifiedTime: try container.decode(Timestamp.self, forKey: .modifiedTime),
            options: try container.decode(.options, default: RulesetPlanOptions()),
            yaml: try container.decodeIfPresent(String.self, forKey: .yaml),
            logs: try container.decodeIfPresent([IFMLogEntry].self, forKey: .logs),
            url: try container.decodeIfPresent(String.self, forKey: .url).flatMap { URL(string: $0) },
            additionalFields: try decoder.unmodelledFields(excluding: CodingKeys.self))
    }

    /// Writes the plan as the service sends it, additional fields included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in additionalFields { try container.encode(value, forKey: AnyCodingKey(stringValue: key)) }
        var modelled = encoder.container(keyedBy: CodingKeys.self)
        try modelled.encode(name, forKey: .name)
        try modelled.encode(serial, forKey: .serial)
        try modelled.encode(createdTime, forKey: .createdTime)
        try modelled.encode(modifiedTime, forKey: .modifiedTime)
        try modelled.encode(options, forKey: .options)
        try modelled.encodeIfPresent(yaml, forKey: .yaml)
        try modelled.encodeIfPresent(logs, forKey: .logs)
        try modelled.encodeIfPresent(url?.absoluteString, forKey: .url)
    }
}
