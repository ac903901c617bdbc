import DataMasque
import Foundation

/// A stored item of a ``ConfigKind``: a ruleset, a library, a discovery config or an RG config.
struct StoredConfig {
    /// YAML at least this many UTF-8 bytes is validated later, as DataMasque does.
    static let deferredValidationSize = 61_440

    let id: String
    var name: String
    /// The `mask_type` of a ruleset, the `namespace` of a library or the `config_type` of a discovery config;
    /// empty for an RG config.
    var scope: String
    var yaml: String
    let created: Date
    var modified: Date
    /// Until when validation reads `in_progress`; `nil` when the verdict was immediate.
    var pendingUntil: Date?
    /// The verdict on ``yaml``, worked out when it was written.
    var verdict: ConfigVerdict
    /// How many times the item has been written; a writer that validated an older revision validates again.
    var revision = 0

    /// The item's id and revision: equal stamps mean nothing was written in between.
    var stamp: String {
        "\(id)#\(revision)"
    }

    /// A new item from a body that passed ``ConfigKind/fieldErrors(_:)``, with the verdict on its YAML.
    init(kind: ConfigKind, body: [String: JSONValue], verdict: ConfigVerdict, now: Date, validationDelay: Duration) {
        (id, created) = (UUID().uuidString.lowercased(), now)
        (name, scope, yaml, modified) = ("", kind.defaultScope, "", now)
        self.verdict = verdict
        apply(kind: kind, body: body, verdict: verdict, now: now, validationDelay: validationDelay)
    }

    /// Takes the members `body` sends and the verdict on the resulting YAML.
    mutating func apply(
        kind: ConfigKind, body: [String: JSONValue], verdict: ConfigVerdict, now: Date, validationDelay: Duration
    ) {
        name = body["name"]?.stringValue ?? name
        scope = kind.scopeKey.flatMap { body[$0]?.stringValue } ?? scope
        yaml = body["config_yaml"]?.stringValue ?? yaml
        self.verdict = verdict
        revision += 1
        modified = now
        let deferred = kind.defersLargeYAML && yaml.utf8.count >= Self.deferredValidationSize
        pendingUntil = deferred ? now.addingTimeInterval(validationDelay.timeInterval) : nil
    }

    /// The members a client may send, as currently stored.
    func body(kind: ConfigKind) -> [String: JSONValue] {
        kind.body(name: name, scope: scope, yaml: yaml)
    }

    /// A ruleset or ruleset library as DataMasque returns it,
    /// with `issues` as its verdict (`nil` while validation is pending).
    func rulesetJSON(scopeKey: String, issues: [ValidationIssue]?, includeYAML: Bool) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(id), "name": .string(name), scopeKey: .string(scope),
            "is_valid": .string(issues.map { $0.isEmpty ? "valid" : "invalid" } ?? "in_progress"),
            "validation_errors": .array((issues ?? []).map(\.json)),
            "unlicensed_feature_warnings": issues == nil ? .null : [],
            "git_branch": .null, "git_commit_sha": .null, "git_repo_url": .null, "git_synced_at": .null,
            "created": .string(created.timestamp), "modified": .string(modified.timestamp),
        ]
        if includeYAML { object["config_yaml"] = .string(yaml) }
        return .object(object)
    }
}
