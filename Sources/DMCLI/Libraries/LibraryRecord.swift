import DataMasque

/// A ruleset library as the server returns it, read for display.
@dynamicMemberLookup
struct LibraryRecord {
    var fields: StoredYAMLFields
    var namespace: String
    var created: String?
    var modified: String?

    init(_ json: JSONValue) {
        fields = StoredYAMLFields(json)
        namespace = json["namespace"]?.stringValue ?? ""
        created = json["created"]?.stringValue
        modified = json["modified"]?.stringValue
    }

    /// A library the client decoded; its dates are left out, as only ``LibraryRequests/get(id:)`` shows them.
    init(_ library: RulesetLibrary) {
        fields = StoredYAMLFields(id: library.id, name: library.name, yaml: library.yaml, metadata: library.metadata)
        namespace = library.namespace
    }

    subscript<Value>(dynamicMember path: KeyPath<StoredYAMLFields, Value>) -> Value {
        fields[keyPath: path]
    }

    /// `namespace/name`, or `name` in the default namespace.
    static func label(name: String, namespace: String) -> String {
        namespace.isEmpty ? name : "\(namespace)/\(name)"
    }

    /// The row of `dm libraries list`: id, namespace, name, valid.
    var listRow: [OrderedJSON] {
        [.optional(self.id), .string(namespace), .string(self.name), .string(self.status)]
    }
}
