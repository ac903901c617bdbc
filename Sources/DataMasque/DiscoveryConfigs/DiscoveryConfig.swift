/// A stored discovery configuration: YAML that says what schema or file data discovery looks for.
///
/// Names are unique per ``configType``:
/// a database config and a file config may share a name.
/// Store it with ``DataMasqueClient/DiscoveryConfigs/createOrUpdate(_:)``;
/// the server validates the YAML and reports the verdict in ``isValid``, ``validationError``
/// and ``validationErrorDetails``.
///
/// ```swift
/// let config = try await client.discoveryConfigs.createOrUpdate(
///     DiscoveryConfig(name: "customers", yaml: yaml, configType: .database))
/// print(config.isValid ?? .undetermined)
/// ```
///
/// Encoding a config produces the body the client sends:
/// `name`, `config_yaml` (when set), `config_type`
/// and any fields the server sent that this release does not model.
/// The read-only fields are never sent.
public struct DiscoveryConfig: Sendable, Hashable, EditableResource {
    /// The config's name, unique among configs of the same type.
    public var name: String
    /// The config's YAML (`config_yaml`); `nil` in listings, which leave it out.
    public var yaml: String?
    /// Whether the config is for database or file discovery (`config_type`).
    public var configType: DiscoveryConfigType
    /// The server-assigned identifier; `nil` until stored. Never sent.
    public var id: String?
    /// The server's verdict on the YAML; `nil` when it did not say. Read-only.
    ///
    /// Large YAML reads ``ValidationStatus/inProgress`` for a while after it is written.
    public internal(set) var isValid: ValidationStatus?
    /// A one-line summary of what is wrong with the YAML; `nil` when it is valid. Read-only.
    public internal(set) var validationError: String?
    /// Each problem in the YAML, with its position when known; empty when it is valid. Read-only.
    public internal(set) var validationErrorDetails: [ValidationErrorDetails] = []
    /// When it was created, when the server said. Read-only.
    public internal(set) var created: Timestamp?
    /// When it was last changed, when the server said. Read-only.
    public internal(set) var modified: Timestamp?
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]

    /// Creates a discovery config to store.
    public init(
        name: String,
        yaml: String? = nil,
        configType: DiscoveryConfigType,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.yaml = yaml
        self.configType = configType
        self.id = id
        self.additionalFields = additionalFields
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case yaml = "config_yaml"
        case configType = "config_type"
    }

    private enum ServerKeys: String, CodingKey, CaseIterable {
        case id
        case isValid = "is_valid"
        case validationError = "validation_error"
        case validationErrorDetails = "validation_error_details"
        case errors
        case created
        case modified
    }

    private enum ErrorsKeys: String, CodingKey {
        case configYAML = "config_yaml"
    }

    static let writableKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes a config as the server sends it.
    ///
    /// The positioned errors are read from `errors.config_yaml`, or else from `validation_error_details`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            yaml: try container.decodeIfPresent(String.self, forKey: .yaml),
            configType: try container.decode(DiscoveryConfigType.self, forKey: .configType))
        let server = try decoder.container(keyedBy: ServerKeys.self)
        id = try server.decodeIdentifierIfPresent(forKey: .id)
        isValid = try server.decodeIfPresent(ValidationStatus.self, forKey: .isValid)
        validationError = try server.decodeIfPresent(String.self, forKey: .validationError)
        var nested: [ValidationErrorDetails]?
        if server.contains(.errors), try !server.decodeNil(forKey: .errors) {
            nested = try server.nestedContainer(keyedBy: ErrorsKeys.self, forKey: .errors)
                .decodeIfPresent([ValidationErrorDetails].self, forKey: .configYAML)
        }
        validationErrorDetails = try nested ?? server.decode(.validationErrorDetails, default: [])
        created = try server.decodeIfPresent(Timestamp.self, forKey: .created)
        modified = try server.decodeIfPresent(Timestamp.self, forKey: .modified)
        let consumed = Self.writableKeys.union(ServerKeys.allCases.map(\.stringValue))
        additionalFields = try decoder.unmodelledFields(excluding: consumed)
    }

    var modelledFields: [String: JSONValue] {
        var body = WireObject<CodingKeys>()
        body.set(.name, name)
        body.set(.yaml, yaml)
        body.set(.configType, configType.rawValue)
        return body.members
    }

    mutating func adoptServerFields(of stored: Self) {
        id = stored.id ?? id
        (isValid, validationError, validationErrorDetails) =
            (stored.isValid, stored.validationError, stored.validationErrorDetails)
        (created, modified) = (stored.created ?? created, stored.modified)
    }
}
