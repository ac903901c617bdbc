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

    /// Every field of the connection with the keys the official CLI prints, `id` and `name` first, the rest alphabetically,
    /// with the value of each top-level key that looks secret replaced by `<redacted>`.
    func redactedFields() throws -> [OrderedJSON.Field] {
        let members = try dumpedMembers()
        let order = ["id", "name"] + members.keys.filter { $0 != "id" && $0 != "name" }.sorted()
        return order.compactMap { key in
            members[key].map { value in
                OrderedJSON.Field(key, Redaction.isSensitive(key) ? .string(Redaction.placeholder) : OrderedJSON(value))
            }
        }
    }

    /// Every field of the connection with the keys of the official client's model dump, which the official CLI prints:
    /// the schema under the model's name `db_schema`,
    /// beside an empty `schema` for SQL databases and Snowflake, whose models add one when dumped.
    private func dumpedMembers() throws -> [String: JSONValue] {
        var members = try allFields()
        func schema(_ value: String?, keepingEmpty: Bool) {
            members["db_schema"] = value.map(JSONValue.string) ?? .null
            members["schema"] = keepingEmpty ? "" : nil
        }
        switch self {
        case .databricks(let connection): schema(connection.schema, keepingEmpty: false)
        case .database(let connection): schema(connection.schema, keepingEmpty: true)
        case .mssqlLinkedServer(let connection): schema(connection.schema, keepingEmpty: true)
        case .snowflake(let connection): schema(connection.schema, keepingEmpty: true)
        default: break
        }
        return members
    }
}
