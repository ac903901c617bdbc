import DataMasque

/// A ruleset as the server returns it, read for display.
@dynamicMemberLookup
struct RulesetRecord {
    var fields: StoredYAMLFields
    var type: String

    init(_ ruleset: Ruleset) {
        fields = StoredYAMLFields(id: ruleset.id, name: ruleset.name, yaml: ruleset.yaml, metadata: ruleset.metadata)
        type = ruleset.rulesetType.rawValue
    }

    subscript<Value>(dynamicMember path: KeyPath<StoredYAMLFields, Value>) -> Value {
        fields[keyPath: path]
    }

    /// The row of `dm rulesets list`: id, name, type.
    var listRow: [OrderedJSON] {
        [.optional(self.id), .string(self.name), .string(type)]
    }

    /// How matches are named when a name is ambiguous: `id=… type=…`.
    var matchDescription: String {
        "id=\(self.id ?? "?") type=\(type)"
    }
}
