import DataMasque
import Foundation

/// The body of a create, replace or patch of an in-flight masking plan, validated before it reaches the store.
struct PlanRequest: Sendable {
    /// The longest name a request may give; the suffix makes it at most 64 characters.
    static let maximumNameLength = 57
    /// The option keys a plan keeps.
    static let optionKeys: Set<String> = ["enabled", "default_encoding", "default_charset", "default_log_level"]
    /// The values of `default_log_level`.
    static let logLevels: Set<String> = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]

    /// The requested name (create only).
    var name: String?
    /// The YAML with its parsed ruleset and warnings, when the request has one.
    var ruleset: StoredPlan.Ruleset?
    /// The options without `null`s, when the request has them.
    var options: [String: JSONValue]?

    enum Kind {
        case create, replace, patch
    }

    /// Validates `body` for a request of `kind`.
    ///
    /// - Throws: ``APIError`` `422` naming a missing or malformed field,
    ///   or `400` with the validation `logs` when the YAML has errors.
    init(_ body: [String: JSONValue], kind: Kind) throws {
        if kind == .create {
            guard let name = try Self.string("name", in: body) else {
                throw IFMError.invalid(["body", "name"], "Field required", type: "missing")
            }
            guard (1...Self.maximumNameLength).contains(name.count),
                name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
            else {
                throw IFMError.invalid(
                    ["body", "name"],
                    "The name must be 1 to \(Self.maximumNameLength) letters, digits, underscores or hyphens.")
            }
            self.name = name
        }
        if let yaml = try Self.string("ruleset_yaml", in: body) {
            let (ruleset, logs) = IFMRuleset.parse(yaml)
            guard let ruleset else {
                let now = Date()
                throw APIError(
                    status: .badRequest,
                    body: [
                        "error": "The ruleset YAML is invalid.", "logs": .array(logs.map { $0.json(at: now) }),
                    ])
            }
            self.ruleset = StoredPlan.Ruleset(yaml: yaml, parsed: ruleset, logs: logs)
        } else if kind != .patch {
            throw IFMError.invalid(["body", "ruleset_yaml"], "Field required", type: "missing")
        }
        options = try body["options"].flatMap(Self.options)
    }

    /// The string under `key`; `nil` when absent or `null`.
    private static func string(_ key: String, in body: [String: JSONValue]) throws -> String? {
        switch body[key] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        case _?: throw IFMError.invalid(["body", key], "Input should be a valid string", type: "string_type")
        }
    }

    /// `value` as plan options: an object of known keys with values of the right type, `null`s dropped.
    private static func options(_ value: JSONValue) throws -> [String: JSONValue]? {
        if value.isNull { return nil }
        guard let members = value.objectValue else {
            throw IFMError.invalid(["body", "options"], "Input should be a valid dictionary", type: "dict_type")
        }
        var options: [String: JSONValue] = [:]
        for (key, member) in members where !member.isNull {
            let location = ["body", "options", key]
            guard optionKeys.contains(key) else {
                throw IFMError.invalid(location, "Extra inputs are not permitted", type: "extra_forbidden")
            }
            switch (key, member) {
            case ("enabled", .bool):
                break
            case ("enabled", _):
                throw IFMError.invalid(location, "Input should be a valid boolean", type: "bool_type")
            case ("default_log_level", .string(let level)) where !logLevels.contains(level):
                throw IFMError.invalid(
                    location, "Input should be one of \(logLevels.sorted().joined(separator: ", "))", type: "enum")
            case (_, .string):
                break
            default:
                throw IFMError.invalid(location, "Input should be a valid string", type: "string_type")
            }
            options[key] = member
        }
        return options
    }
}
