import DataMasque
import Foundation

/// What distinguishes the two YAML resources that share ``ConfigStore``:
/// rulesets, unique by name and `mask_type`,
/// and ruleset libraries, unique by `namespace` and name.
enum ConfigKind {
    case ruleset
    case library

    /// The member that scopes a name: `mask_type` or `namespace`.
    var scopeKey: String {
        switch self {
        case .ruleset: "mask_type"
        case .library: "namespace"
        }
    }

    /// The scope when the client sends none.
    var defaultScope: String {
        switch self {
        case .ruleset: MaskType.database.rawValue
        case .library: ""
        }
    }

    /// DRF's message when name and scope clash with another item.
    var uniquenessMessage: String {
        switch self {
        case .ruleset: "The fields name, mask_type must make a unique set."
        case .library: "The fields namespace, name must make a unique set."
        }
    }

    /// The verdict on the YAML of the item `body` describes;
    /// called off the state actor, since validation may take a while.
    func verdict(on body: [String: JSONValue]) -> ConfigVerdict {
        let scope = body[scopeKey]?.stringValue ?? defaultScope
        return RulesetValidator(kind: self, scope: scope).validate(body["config_yaml"]?.stringValue ?? "")
    }

    private var nameLimit: Int {
        switch self {
        case .ruleset: 64
        case .library: 255
        }
    }

    /// The field errors of a complete body, as DataMasque reports them.
    func fieldErrors(_ body: [String: JSONValue]) -> [String: [String]] {
        var errors: [String: [String]] = [:]
        errors["name"] = nameErrors(body["name"])
        errors["config_yaml"] = body["config_yaml"].flatMap { $0.stringValue == nil ? ["Not a valid string."] : nil }
        errors[scopeKey] = scopeErrors(body[scopeKey])
        return errors
    }

    private func nameErrors(_ value: JSONValue?) -> [String]? {
        switch value {
        case nil: return ["This field is required."]
        case .null?: return ["This field may not be null."]
        case .string(let name)? where name.trimmingCharacters(in: .whitespaces).isEmpty:
            return ["This field may not be blank."]
        case .string(let name)? where name.count > nameLimit:
            return ["Ensure this field has no more than \(nameLimit) characters."]
        case .string(let name)? where self == .library && name.contains("/"):
            return ["Library names cannot contain \"/\"."]
        case .string?: return nil
        case .some: return ["Not a valid string."]
        }
    }

    private func scopeErrors(_ value: JSONValue?) -> [String]? {
        guard let value else { return nil }
        guard let scope = value.stringValue else { return ["Not a valid string."] }
        switch self {
        case .ruleset:
            return MaskType(maskable: scope) != nil ? nil : ["\"\(scope)\" is not a valid choice."]
        case .library:
            if scope.count > nameLimit { return ["Ensure this field has no more than \(nameLimit) characters."] }
            let malformed = scope.hasPrefix("/") || scope.hasSuffix("/") || scope.contains("//")
            return malformed ? ["Namespaces cannot start or end with \"/\" or contain \"//\"."] : nil
        }
    }
}
