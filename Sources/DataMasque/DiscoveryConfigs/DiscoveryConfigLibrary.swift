/// A discovery config library: reusable discovery YAML that discovery configs import by `namespace/name`.
///
/// Libraries are untyped, so database and file configs may import the same one,
/// and unique by name within a namespace.
/// Store one with ``DataMasqueClient/DiscoveryConfigLibraries/createOrUpdate(_:)``;
/// the server validates it at once and reports the verdict in ``isValid`` and ``validationError``.
///
/// ```swift
/// let library = try await client.discoveryConfigLibraries.createOrUpdate(
///     DiscoveryConfigLibrary(name: "finance", namespace: "acme", yaml: yaml))
/// ```
///
/// Encoding a library produces the body the client sends:
/// `name`, `namespace`, `config_yaml` (when set) and any fields the server sent that this release does not model.
/// The read-only fields are never sent.
public struct DiscoveryConfigLibrary: Sendable, Hashable, EditableResource {
    /// The library's name, unique within its namespace.
    public var name: String
    /// The library's namespace; empty for the default namespace.
    public var namespace: String
    /// The library's YAML (`config_yaml`); `nil` in listings, which leave it out.
    public var yaml: String?
    /// The server-assigned identifier; `nil` until stored. Never sent.
    public var id: String?
    /// The server's verdict on the YAML; `nil` when it did not say. Read-only.
    public internal(set) var isValid: ValidationStatus?
    /// What is wrong with the YAML; `nil` when it is valid. Read-only.
    public internal(set) var validationError: String?
    /// How many discovery configs import the library, when the server said. Read-only.
    public internal(set) var usageCount: Int?
    /// When it was created, when the server said. Read-only.
    public internal(set) var created: Timestamp?
    /// When it was last changed, when the server said. Read-only.
    public internal(set) var modified: Timestamp?
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]

    /// Creates a discovery config library to store.
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
        self.additionalFields = additionalFields
    }

    /// How discovery configs refer to the library: `namespace/name`, or just `name` in the default namespace.
    public var qualifiedName: String {
        namespace.isEmpty ? name : namespace + "/" + name
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case namespace
        case yaml = "config_yaml"
    }

    private enum ServerKeys: String, CodingKey, CaseIterable {
        case id
        case isValid = "is_valid"
        case validationError = "validation_error"
        case usageCount = "usage_count"
        case created
        case modified
    }

    static let writableKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes a library as the server sends it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            namespace: try container.decode(.namespace, default: ""),
            yaml: try container.decodeIfPresent(String.self, forKey: .yaml))
        let server = try decoder.container(keyedBy: ServerKeys.self)
        id = try server.decodeIdentifierIfPresent(forKey: .id)
        isValid = try server.decodeIfPresent(ValidationStatus.self, forKey: .isValid)
        validationError = try server.decodeIfPresent(String.self, forKey: .validationError)
        usageCount = try server.decodeLenientIntIfPresent(forKey: .usageCount)
        created = try server.decodeIfPresent(Timestamp.self, forKey: .created)
        modified = try server.decodeIfPresent(Timestamp.self, forKey: .modified)
        let consumed = Self.writableKeys.union(ServerKeys.allCases.map(\.stringValue))
        additionalFields = try decoder.unmodelledFields(excluding: consumed)
    }

    var modelledFields: [String: JSONValue] {
        var body = WireObject<CodingKeys>()
        body.set(.name, name)
        body.set(.namespace, namespace)
        body.set(.yaml, yaml)
        return body.members
    }

    mutating func adoptServerFields(of stored: Self) {
        id = stored.id ?? id
        (isValid, validationError, usageCount) = (stored.isValid, stored.validationError, stored.usageCount)
        (created, modified) = (stored.created ?? created, stored.modified)
    }
}
