import DataMasque

/// What a schema discovery run finds: one row per column of the tables it scans.
///
/// The rows are worked out when the run starts and shown once it has finished.
struct SchemaScan {
    /// One column with its matches.
    struct Row {
        var id: Int
        var table: FakeSchema.Table
        var column: FakeSchema.Column
        var matches: [DiscoveryMatch]
        var preview: JSONValue?

        /// The label of the first labelled match, if any.
        var label: String? { matches.lazy.compactMap(\.label).first }
    }

    let dialect: FakeColumnType.Dialect
    let tables: [FakeSchema.Table]
    let rows: [Row]

    /// Scans the tables of `schemas` (the default schema when empty);
    /// row ids start at `runID` × 10,000 + 1.
    init(_ schema: FakeSchema, schemas: [String], options: DiscoveryOptions, runID: Int) {
        dialect = schema.dialect
        tables = schema.tables(in: schemas)
        var rows: [Row] = []
        for table in tables {
            for column in table.columns {
                let seed = "\(table.qualifiedName).\(column.name)"
                let matches = options.matches(name: column.name, seed: seed)
                let preview = options.preview.map {
                    SafeDataPreview(
                        type: column.type, label: matches.lazy.compactMap(\.label).first, seed: seed, options: $0,
                        sampledFrom: nil, sampled: min(1_000, table.rowCount)
                    ).json
                }
                rows.append(
                    Row(id: runID * 10_000 + rows.count + 1, table: table, column: column, matches: matches, preview: preview))
            }
        }
        self.rows = rows
    }

    /// The labelled row for `column` of `schema.table`, if the scan has one.
    func label(schema: String, table: String, column: String) -> String? {
        rows.first { $0.table.schema == schema && $0.table.name == table && $0.column.name == column }?.label
    }

    /// A result row as `GET /api/schema-discovery/v2/{run_id}/` lists it.
    func json(_ row: Row) -> JSONValue {
        let column = row.column
        let table = row.table
        var data: [String: JSONValue] = [
            "data_type": .string(column.type.name(in: dialect)),
            "foreign_keys": .array(foreignKeys(of: column, in: table)),
            "discovery_matches": .array(row.matches.map(\.json)),
            "constraint_columns": column.key == nil ? [] : [.string(column.name)],
            "pk_constraint_name": column.key == .primary ? .string("pk_\(table.name)") : .null,
            "uk_constraint_name": column.key == .unique ? .string("uk_\(table.name)_\(column.name)") : .null,
            "unique_index_names": column.key == .unique ? [.string("ix_\(table.name)_\(column.name)")] : [],
            "referencing_foreign_keys": .array(referencingKeys(of: column, in: table)),
            "constraint": .string(column.key.map { $0 == .primary ? "Primary" : "Unique" } ?? ""),
            "safe_data_preview": row.preview ?? .null,
        ]
        switch column.type {
        case .text(let length):
            data["max_length"] = .int(length)
            data["max_length_unit"] = "chars"
        case .decimal(let precision, let scale):
            data["numeric_precision"] = .int(precision)
            data["numeric_scale"] = .int(scale)
        case .integer:
            data["numeric_precision"] = 32
            data["numeric_scale"] = 0
        default:
            break
        }
        return [
            "id": .int(row.id), "column": .string(column.name), "table": .string(table.name),
            "schema": .string(table.schema), "data": .object(data),
        ]
    }

    /// The `table_metadata` of the tables `results` mention.
    func tableMetadata(of results: [JSONValue]) -> JSONValue {
        var metadata: [String: [String: JSONValue]] = [:]
        for result in results {
            guard let schema = result["schema"]?.stringValue, let name = result["table"]?.stringValue,
                let table = tables.first(where: { $0.schema == schema && $0.name == name })
            else { continue }
            let groups = { (columns: [String]) -> JSONValue in
                .array(columns.map { column -> JSONValue in ["columns": [.string(column)]] })
            }
            metadata[schema, default: [:]][name] = [
                "primary_keys": groups(table.primaryKey),
                "unique_keys": groups(table.columns.filter { $0.key == .unique }.map(\.name)),
                "foreign_keys": groups(table.columns.filter { $0.references != nil }.map(\.name)),
                "row_count": .int(table.rowCount),
            ]
        }
        return .object(metadata.mapValues(JSONValue.object))
    }

    private func foreignKeys(of column: FakeSchema.Column, in table: FakeSchema.Table) -> [JSONValue] {
        guard let target = column.references else { return [] }
        let key: JSONValue = [
            "name": .string("fk_\(table.name)_\(column.name)"), "referenced_column": .string("\(table.schema).\(target)"),
        ]
        return [key]
    }

    private func referencingKeys(of column: FakeSchema.Column, in table: FakeSchema.Table) -> [JSONValue] {
        tables.filter { $0.schema == table.schema }.flatMap { other in
            other.columns.filter { $0.references == "\(table.name).\(column.name)" }.map {
                [
                    "name": .string("fk_\(other.name)_\($0.name)"),
                    "referencing_column": .string("\(other.qualifiedName).\($0.name)"),
                ] as JSONValue
            }
        }
    }
}
