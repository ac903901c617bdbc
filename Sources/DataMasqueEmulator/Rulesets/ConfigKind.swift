import DataMasque
import Foundation

/// What distinguishes the YAML resources that share ``ConfigStore``:
/// rulesets, unique by name and `mask_type`;
/// ruleset libraries and discovery config libraries, unique by `namespace` and name;
/// discovery configs, unique by name and `config_type`;
/// and ruleset generation (RG) configs, unique by name.
enum ConfigKind {
    case ruleset
    case library
    case discoveryConfig
    case discoveryLibrary
    case rgConfig

    /// The member that scopes a name: `mask_type`, `namespace` or `config_type`; `nil` when names are global.
    var scopeKey: String? {
        switch self {
        case .ruleset: "mask_type"
        case .library, .discoveryLibrary: "namespace"
        case .discoveryConfig: "config_type"
        case .rgConfig: nil
        }
    }

    /// The scope when the client sends none.
    var defaultScope: String {
        switch self {
        case .ruleset: MaskType.database.rawValue
        case .library, .discoveryLibrary, .discoveryConfig, .rgConfig: ""
        }
    }

    /// The scope `body` names, or the default one.
    func scope(of body: [String: JSONValue]) -> String {
        scopeKey.flatMap { body[$0]?.stringValue } ?? defaultScope
    }

    /// The members a client sends for an item with this name, scope and YAML.
    func body(name: String, scope: String, yaml: String) -> [String: JSONValue] {
        var body: [String: JSONValue] = ["name": .string(name), "config_yaml": .string(yaml)]
        if let scopeKey { body[scopeKey] = .string(scope) }
        return body
    }

    /// The kind of library items of this kind import, if they import any.
    var importedKind: ConfigKind? {
        switch self {
        case .ruleset: .library
        case .discoveryConfig: .discoveryLibrary
        case .library, .discoveryLibrary, .rgConfig: nil
        }
    }

    /// Whether YAML of ``StoredConfig/deferredValidationSize`` or more reads `in_progress` for a while;
    /// discovery config libraries and RG configs are validated at once.
    var defersLargeYAML: Bool {
        switch self {
        case .ruleset, .library, .discoveryConfig: true
        case .discoveryLibrary, .rgConfig: false
        }
    }

    /// DRF's message when name and scope clash with another item.
    var uniquenessMessage: String {
        switch self {
        case .ruleset: "The fields name, mask_type must make a unique set."
        case .library, .discoveryLibrary: "The fields namespace, name must make a unique set."
        case .discoveryConfig: "The fields name, config_type must make a unique set."
        case .rgConfig: "Ruleset generation config with this name already exists."
        }
    }

    /// The verdict on the YAML of the item `body` describes;
    /// called off the state actor, since validation may take a while.
    func verdict(on body: [String: JSONValue]) -> ConfigVerdict {
        let scope = scope(of: body)
        let yaml = body["config_yaml"]?.stringValue ?? ""
        switch self {
        case .ruleset, .library: return RulesetValidator(kind: self, scope: scope).validate(yaml)
        case .discoveryConfig: return DiscoveryYAMLValidator(subject: .config).validate(yaml)
        case .discoveryLibrary: return DiscoveryYAMLValidator(subject: .library).validate(yaml)
        case .rgConfig: return DiscoveryYAMLValidator(subject: .rgConfig).validate(yaml)
        }
    }

    private var nameLimit: Int {
        switch self {
        case .ruleset: 64
        case .library, .discoveryConfig, .discoveryLibrary, .rgConfig: 255
        }
    }

    /// Whether a write must carry non-blank YAML: discovery configs and their libraries must.
    private var requiresYAML: Bool {
        self == .discoveryConfig || self == .discoveryLibrary
    }

    /// The field errors of a complete body, as DataMasque reports them.
    func fieldErrors(_ body: [String: JSONValue]) -> [String: [String]] {
        var errors: [String: [String]] = [:]
        errors["name"] = nameErrors(body["name"])
        errors["config_yaml"] = yamlErrors(body["config_yaml"])
        if let scopeKey { errors[scopeKey] = scopeErrors(body[scopeKey]) }
        return errors
    }

    private func yamlErrors(_ value: JSONValue?) -> [String]? {
        switch value {
        case nil where requiresYAML: ["This field is required."]
        case .null? where requiresYAML: ["This field may not be null."]
        case nil, .null?: nil
        case .string(let yaml)? where requiresYAML && yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty:
            ["This field may not be blank."]
        case .string?: nil
        case .some: ["Not a valid string."]
        }
    }

    private func nameErrors(_ value: JSONValue?) -> [String]? {
        switch value {
        case nil: return ["This field is required."]
        case .null?: return ["This field may not be null."]
        case .string(let name)? where name.trimmingCharacters(in: .whitespaces).isEmpty:
            return ["This field may not be blank."]
        case .string(let name)? where name.count > nameLimit:
            return ["Ensure this field has no more than \(nameLimit) characters."]
        case .string(let name)? where (self == .library || self == .discoveryLibrary) && name.contains("/"):
            return ["Library names cannot contain \"/\"."]
        case .string?: return nil
        case .some: return ["Not a valid string."]
        }
    }

    private func scopeErrors(_ value: JSONValue?) -> [String]? {
        guard let value else { return self == .discoveryConfig ? ["This field is required."] : nil }
        guard let scope = value.stringValue else { return ["Not a valid string."] }
        switch self {
        case .ruleset:
            return MaskType(maskable: scope) != nil ? nil : ["\"\(scope)\" is not a valid choice."]
        case .discoveryConfig:
            return ["database", "file"].contains(scope) ? nil : ["\"\(scope)\" is not a valid choice."]
        case .library, .discoveryLibrary, .rgConfig:
            if scope.count > nameLimit { return ["Ensure this field has no more than \(nameLimit) characters."] }
            let malformed = scope.hasPrefix("/") || scope.hasSuffix("/") || scope.contains("//")
            return malformed ? ["Namespaces cannot start or end with \"/\" or contain \"//\"."] : nil
        }
    }
}
