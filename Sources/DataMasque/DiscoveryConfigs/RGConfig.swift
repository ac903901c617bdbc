/// A ruleset generation (RG) config: YAML that says which mask ruleset generation assigns to each discovered label.
///
/// RG configs are untyped, so one serves database and file generation, and their names are unique.
/// Store one with ``DataMasqueClient/RGConfigs/createOrUpdate(_:)``;
/// the server validates it and reports the verdict in ``isValid`` and ``validationErrors``.
///
/// ```swift
/// let config = try await client.rgConfigs.createOrUpdate(RGConfig(name: "strict", yaml: yaml))
/// ```
///
/// Encoding a config produces the body the client sends:
/// `name`, `config_yaml` (when set) and any fields the server sent that this release does not model.
/// The read-only fields are never sent.
public struct RGConfig: Sendable, Hashable, EditableResource {
    /// The config's name, unique among RG configs.
    public var name: String
    /// The config's YAML (`config_yaml`); `nil` in listings, which leave it out.
    public var yaml: String?
    /// The server-assigned identifier; `nil` until stored. Never sent.
    public var id: String?
    /// The server's verdict on the YAML; `nil` when it did not say. Read-only.
    public internal(set) var isValid: ValidationStatus?
    /// What is wrong with the YAML; empty when it is valid. Read-only.
    public internal(set) var validationErrors: [ValidationErrorDetails] = []
    /// When it was created, when the server said. Read-only.
    public internal(set) var created: Timestamp?
    /// When it was last changed, when the server said. Read-only.
    public internal(set) var modified: Timestamp?
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]

    /// Creates an RG config to store.
    public init(
        name: String,
        yaml: String? = nil,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.yaml = yaml
        self.id = id
        self.additionalFields = additionalFields
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case yaml = "config_yaml"
    }

    private enum ServerKeys: String, CodingKey, CaseIterable {
        case id
        case isValid = "is_valid"
        case validationErrors = "validation_errors"
        case created
        case modified
    }

    static let writableKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes an RG config as the server sends it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            yaml: try container.decodeIfPresent(String.self, forKey: .yaml))
        let server = try decoder.container(keyedBy: ServerKeys.self)
        id = try server.decodeIdentifierIfPresent(forKey: .id)
        isValid = try server.decodeIfPresent(ValidationStatus.self, forKey: .isValid)
        validationErrors = try server.decode(.validationErrors, default: [])
        created = try server.decodeIfPresent(Timestamp.self, forKey: .created)
        modified = try server.decodeIfPresent(Timestamp.self, forKey: .modified)
        let consumed = Self.writableKeys.union(ServerKeys.allCases.map(\.stringValue))
        additionalFields = try decoder.unmodelledFields(excluding: consumed)
    }

    var modelledFields: [String: JSONValue] {
        var body = WireObject<CodingKeys>()
        body.set(.name, name)
        body.set(.yaml, yaml)
        return body.members
    }

    mutating func adoptServerFields(of stored: Self) {
        id = stored.id ?? id
        (isValid, validationErrors) = (stored.isValid, stored.validationErrors)
        (created, modified) = (stored.created ?? created, stored.modified)
    }
}
