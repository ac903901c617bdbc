import DataMasque

extension Connection {
    /// What a connection may be used as in a masking run:
    /// `source+destination`, `source`, `destination` or `—` for a file connection, from its two flags;
    /// always `source` for a database connection.
    var role: String {
        guard isFileMaskSource != nil || isFileMaskDestination != nil else { return "source" }
        switch (isFileMaskSource ?? false, isFileMaskDestination ?? false) {
        case (true, true): return "source+destination"
        case (true, false): return "source"
        case (false, true): return "destination"
        case (false, false): return "—"
        }
    }

    /// The row of `dm connections list`: id, name, type and role.
    var listRow: [OrderedJSON] {
        [.optional(id), .string(name), .string(kindName), .string(role)]
    }

    /// Every field of the connection, `id` and `name` first, the rest alphabetically,
    /// with the value of each top-level key that looks secret replaced by `<redacted>`.
    func redactedFields() throws -> [OrderedJSON.Field] {
        var members = try requestBody().objectValue ?? [:]
        members["id"] = id.map(JSONValue.string) ?? .null
        let order = ["id", "name"] + members.keys.filter { $0 != "id" && $0 != "name" }.sorted()
        return order.compactMap { key in
            members[key].map { value in
                OrderedJSON.Field(key, Redaction.isSensitive(key) ? .string(Redaction.placeholder) : OrderedJSON(value))
            }
        }
    }
}
