/// A masking ruleset: YAML that says how to mask a database or a set of files.
///
/// Store it with ``DataMasqueClient/Rulesets/createOrUpdate(_:)``;
/// the server validates the YAML and reports the verdict in its ``metadata``, read as `isValid` and `validationErrors`.
///
/// ```swift
/// var ruleset = Ruleset(name: "customers", yaml: try String(contentsOf: url, encoding: .utf8))
/// ruleset = try await client.rulesets.createOrUpdate(ruleset)
/// print(ruleset.isValid ?? .undetermined)
/// ```
///
/// Encoding a ruleset produces the body the client sends:
/// `name`, `config_yaml`, `mask_type` and any fields the server sent that this release does not model.
/// The read-only fields are never sent.
@dynamicMemberLookup
public struct Ruleset: Sendable, Hashable, ValidatedYAMLResource {
    /// The ruleset's name, unique among rulesets of the same type.
    public var name: String
    /// The ruleset's YAML (`config_yaml`); empty in listings that leave it out.
    public var yaml: String
    /// Whether the ruleset masks a database or files (`mask_type`).
    public var rulesetType: RulesetType
    /// The server-assigned identifier; `nil` until stored. Never sent.
    public var id: String?
    /// What the server reports: validity, errors, licence warnings, git provenance and dates. Read-only.
    ///
    /// Its fields read directly on the ruleset too, as in `ruleset.isValid`.
    public internal(set) var metadata: ServerMetadata
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]

    /// Creates a ruleset to store.
    public init(
        name: String,
        yaml: String = "",
        rulesetType: RulesetType = .database,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.yaml = yaml
        self.rulesetType = rulesetType
        self.id = id
        self.metadata = ServerMetadata()
        self.additionalFields = additionalFields
    }

    /// A field of ``metadata``, such as `isValid`.
    public subscript<Value>(dynamicMember field: KeyPath<ServerMetadata, Value>) -> Value {
        metadata[keyPath: field]
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case yaml = "config_yaml"
        case rulesetType = "mask_type"
    }

    static let writableKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes a ruleset as the server sends it, folding the flat `git_*` fields into ``ServerMetadata/git``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            yaml: try container.decode(.yaml, default: ""),
            rulesetType: try container.decode(.rulesetType, default: .database))
        try decodeServerFields(from: decoder)
    }

    var modelledFields: [String: JSONValue] {
        var body = WireObject<CodingKeys>()
        body.set(.name, name)
        body.set(.yaml, yaml)
        body.set(.rulesetType, rulesetType.rawValue)
        return body.members
    }
}
