/// A ruleset library: reusable YAML that rulesets import by `namespace/name`.
///
/// Store it with ``DataMasqueClient/RulesetLibraries/createOrUpdate(_:)``;
/// the server validates the YAML and reports the verdict in its ``metadata``, read as `isValid` and `validationErrors`.
///
/// ```swift
/// let library = try await client.rulesetLibraries.createOrUpdate(
///     RulesetLibrary(name: "common", namespace: "acme", yaml: yaml))
/// ```
///
/// Encoding a library produces the body the client sends:
/// `name`, `namespace`, `config_yaml` (when set) and any fields the server sent that this release does not model.
/// The read-only fields are never sent.
@dynamicMemberLookup
public struct RulesetLibrary: Sendable, Hashable, ValidatedYAMLResource {
    /// The library's name, unique within its namespace.
    public var name: String
    /// The library's namespace; empty for the default namespace.
    public var namespace: String
    /// The library's YAML (`config_yaml`); `nil` in listings, which leave it out.
    public var yaml: String?
    /// The server-assigned identifier; `nil` until stored. Never sent.
    public var id: String?
    /// What the server reports: validity, errors, licence warnings, git provenance and dates. Read-only.
    ///
    /// Its fields read directly on the library too, as in `library.isValid`.
    public internal(set) var metadata: ServerMetadata
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]

    /// Creates a ruleset library to store.
    public init(
        name: String,
        namespace: String = "",
        yaml: String? = nil,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.namespace = namespace
        self.yaml = yaml
        self.id = id
        self.metadata = ServerMetadata()
        self.additionalFields = additionalFields
    }

    /// How rulesets refer to the library: `namespace/name`, or just `name` in the default namespace.
    public var qualifiedName: String {
        namespace.isEmpty ? name : namespace + "/" + name
    }

    /// A field of ``metadata``, such as `isValid`.
    public subscript<Value>(dynamicMember field: KeyPath<ServerMetadata, Value>) -> Value {
        metadata[keyPath: field]
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case namespace
        case yaml = "config_yaml"
    }

    static let writableKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes a library as the server sends it, folding the flat `git_*` fields into ``ServerMetadata/git``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            namespace: try container.decode(.namespace, default: ""),
            yaml: try container.decodeIfPresent(String.self, forKey: .yaml))
        try decodeServerFields(from: decoder)
    }

    var modelledFields: [String: JSONValue] {
        var body = WireObject<CodingKeys>()
        body.set(.name, name)
        body.set(.namespace, namespace)
        body.set(.yaml, yaml)
        return body.members
    }
}
