import DataMasque
import Foundation

/// An in-flight masking ruleset plan as the emulator keeps it.
struct StoredPlan: Sendable {
    /// The name with its random suffix, such as `smoke-abc123`.
    var name: String
    /// `1` on create, one more on each update.
    var serial = 1
    var created: Date
    var modified: Date
    /// Only the known option keys, without `null`s.
    var options: [String: JSONValue]
    var ruleset: Ruleset

    /// A plan's YAML, parsed and checked when it was written.
    struct Ruleset: Sendable {
        var yaml: String
        var parsed: IFMRuleset
        /// The warnings found when the YAML was written.
        var logs: [IFMLog]
    }

    /// Whether mask requests are served; a plan is enabled unless its options say `enabled: false`.
    var isEnabled: Bool {
        options["enabled"]?.boolValue ?? true
    }

    /// The plan as a list item: no YAML, logs or URL.
    var listItem: [String: JSONValue] {
        [
            "name": .string(name), "serial": .int(serial), "created_time": .string(created.timestamp),
            "modified_time": .string(modified.timestamp), "options": .object(options),
        ]
    }

    /// The plan with its YAML and logs, and its absolute URL when `origin` is given.
    func detail(origin: String?) -> JSONValue {
        var members = listItem
        members["ruleset_yaml"] = .string(ruleset.yaml)
        members["logs"] = .array(ruleset.logs.map { $0.json(at: modified) })
        if let origin { members["url"] = .string("\(origin)/ifm/ruleset-plans/\(name)/") }
        return .object(members)
    }

    /// The `{"name", "serial"}` a mask result refers to the plan by.
    var reference: JSONValue {
        ["name": .string(name), "serial": .int(serial)]
    }
}
