import DataMasque

/// What a ruleset generation request selects: database columns, or values in files.
enum GenerationSelection {
    /// A selected column, with the columns its masks hash on.
    struct Column: Hashable {
        var schema: String
        var table: String
        var name: String
        /// The columns named in `hash_columns` for it; empty for none.
        var hashColumns: [String] = []
    }

    /// Values at `locators` in `files`.
    struct Files: Hashable {
        var files: [String]
        var locators: [JSONValue]
    }

    case columns([Column])
    case files([Files])

    /// The selection of a database request: `selected_columns` and `hash_columns`.
    ///
    /// - Throws: ``APIError`` `400` naming the member that is missing, empty or of the wrong shape.
    static func columns(in body: [String: JSONValue]) throws -> [Column] {
        guard let selected = body["selected_columns"], !selected.isNull else {
            throw APIError.fields(["selected_columns": ["This field is required."]])
        }
        guard let schemas = selected.objectValue else { throw shape("selected_columns") }
        var columns: [Column] = []
        for (schema, tables) in schemas.sorted(by: { $0.key < $1.key }) {
            guard let tables = tables.objectValue else { throw shape("selected_columns") }
            for (table, names) in tables.sorted(by: { $0.key < $1.key }) {
                guard let names = names.arrayValue, names.allSatisfy({ !($0.stringValue ?? "").isEmpty }) else {
                    throw shape("selected_columns")
                }
                columns += names.compactMap(\.stringValue).map { Column(schema: schema, table: table, name: $0) }
            }
        }
        guard !columns.isEmpty else { throw APIError.fields(["selected_columns": ["Select at least one column."]]) }
        return try hashing(columns, body["hash_columns"])
    }

    /// The selection of a file request: `selected_data`.
    ///
    /// - Throws: ``APIError`` `400` naming the member that is missing, empty or of the wrong shape.
    static func files(in body: [String: JSONValue]) throws -> [Files] {
        guard let selected = body["selected_data"], !selected.isNull else {
            throw APIError.fields(["selected_data": ["This field is required."]])
        }
        guard let items = selected.arrayValue else { throw shape("selected_data") }
        let selections = try items.map { item -> Files in
            guard let files = item["files"]?.arrayValue, let locators = item["locators"]?.arrayValue,
                !files.isEmpty, !locators.isEmpty, files.allSatisfy({ !($0.stringValue ?? "").isEmpty }),
                locators.allSatisfy(isLocator)
            else {
                throw APIError.fields([
                    "selected_data": ["Each selection needs a non-empty list of files and a non-empty list of locators."]
                ])
            }
            return Files(files: files.compactMap(\.stringValue), locators: locators)
        }
        guard !selections.isEmpty else { throw APIError.fields(["selected_data": ["Select at least one file."]]) }
        return selections
    }

    /// `columns` with the hash columns `hash_columns` gives them:
    /// a column's own list under `columns` (`null` or `[]` for none), else its table's list under `table`.
    private static func hashing(_ columns: [Column], _ value: JSONValue?) throws -> [Column] {
        guard let value, !value.isNull else { return columns }
        guard let schemas = value.objectValue else { throw shape("hash_columns") }
        return try columns.map { column in
            guard let config = schemas[column.schema]?[column.table] else { return column }
            guard let object = config.objectValue else { throw shape("hash_columns") }
            var column = column
            let own = object["columns"]?.objectValue?[column.name]
            let list = own ?? object["table"] ?? .null
            guard list.isNull || list.arrayValue?.allSatisfy({ $0.stringValue != nil }) == true else {
                throw shape("hash_columns")
            }
            column.hashColumns = list.arrayValue?.compactMap(\.stringValue) ?? []
            return column
        }
    }

    private static func isLocator(_ value: JSONValue) -> Bool {
        if let name = value.stringValue { return !name.isEmpty }
        guard let path = value.arrayValue, !path.isEmpty else { return false }
        return path.allSatisfy { $0.stringValue != nil || $0.intValue != nil }
    }

    private static func shape(_ key: String) -> APIError {
        let expected =
            key == "hash_columns"
            ? "Expected {schema: {table: {\"table\": [column, …], \"columns\": {column: [column, …] or null}}}}."
            : key == "selected_columns"
                ? "Expected {schema: {table: [column, …]}} with non-empty column names."
                : "Expected a list of {\"files\": [path, …], \"locators\": [locator, …]}."
        return APIError.fields([key: [expected]])
    }
}
