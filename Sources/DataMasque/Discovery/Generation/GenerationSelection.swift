/// What to generate masking rules for: database columns or file values.
///
/// ```swift
/// let selection = GenerationSelection.columns(ColumnSelection(columns: ["public": ["customers": ["email"]]]))
/// try await client.rulesetGeneration.startAsync(connectionID: connectionID, selection: selection)
/// ```
public enum GenerationSelection: Sendable, Hashable {
    /// Columns of a database connection, sent as `selected_columns` and `hash_columns`.
    case columns(ColumnSelection)
    /// Files and values of a file connection, sent as `selected_data`.
    case files([FileSelection])

    /// Throws a configuration error naming the first field that would make the request pointless or wrong.
    func validate() throws {
        switch self {
        case .columns(let selection): try selection.validate()
        case .files(let selections): try FileSelection.validate(selections)
        }
    }

    /// The JSON members of the body: the selection, plus `rg_config` when `rgConfig` is given.
    func body(rgConfig: String?? = .none) throws -> JSONValue {
        var members: [String: JSONValue]
        switch self {
        case .columns(let selection):
            members = try JSONValue(encoding: selection).objectValue ?? [:]
        case .files(let selections):
            members = ["selected_data": try JSONValue(encoding: selections)]
        }
        if case .some(let id) = rgConfig { members["rg_config"] = id.map(JSONValue.string) ?? .null }
        return .object(members)
    }
}

extension ColumnSelection {
    /// Throws a configuration error naming the first empty table or schema,
    /// or hashing for a table or column that is not selected.
    func validate() throws {
        guard !columns.isEmpty else { throw Self.invalid("selected_columns", "must name at least one column") }
        for (schema, tables) in columns.sorted(by: { $0.key < $1.key }) {
            guard !tables.isEmpty else { throw Self.invalid("selected_columns.\(schema)", "must name at least one table") }
            for (table, names) in tables.sorted(by: { $0.key < $1.key }) where names.isEmpty {
                throw Self.invalid("selected_columns.\(schema).\(table)", "must name at least one column")
            }
        }
        for (schema, tables) in (hashColumns ?? [:]).sorted(by: { $0.key < $1.key }) {
            for (table, config) in tables.sorted(by: { $0.key < $1.key }) {
                let field = "hash_columns.\(schema).\(table)"
                guard let selected = columns[schema]?[table] else {
                    throw Self.invalid(field, "names a table that is not in 'selected_columns'")
                }
                for column in (config.columns ?? [:]).keys.sorted() where !selected.contains(column) {
                    throw Self.invalid("\(field).columns.\(column)", "names a column that is not in 'selected_columns'")
                }
            }
        }
    }

    private static func invalid(_ field: String, _ problem: String) -> DataMasqueError {
        DataMasqueError(code: .configuration, message: "Field '\(field)' \(problem).")
    }
}

extension FileSelection {
    /// Throws a configuration error naming the first selection without files or locators, or an empty locator.
    static func validate(_ selections: [FileSelection]) throws {
        guard !selections.isEmpty else { throw invalid("selected_data", "must have at least one selection") }
        for (index, selection) in selections.enumerated() {
            let field = "selected_data[\(index)]"
            guard !selection.files.isEmpty else { throw invalid("\(field).files", "must name at least one file") }
            guard !selection.locators.isEmpty else { throw invalid("\(field).locators", "must name at least one locator") }
            if let empty = selection.files.firstIndex(where: \.isEmpty) {
                throw invalid("\(field).files[\(empty)]", "must not be empty")
            }
            if let empty = selection.locators.firstIndex(where: { $0 == .column("") || $0 == .path([]) }) {
                throw invalid("\(field).locators[\(empty)]", "must not be empty")
            }
        }
    }

    private static func invalid(_ field: String, _ problem: String) -> DataMasqueError {
        DataMasqueError(code: .configuration, message: "Field '\(field)' \(problem).")
    }
}
