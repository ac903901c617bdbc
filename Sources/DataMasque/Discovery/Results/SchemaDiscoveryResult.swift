/// One column found by a schema discovery run.
///
/// ```swift
/// for try await result in client.discovery.schemaResultsPaginated(runID: id) {
///     let labels = result.data.discoveryMatches.compactMap(\.label)
///     print(result.schema ?? "", result.table, result.column, labels)
/// }
/// ```
public struct SchemaDiscoveryResult: Sendable, Hashable, Codable {
    /// The result's id.
    public var id: Int
    /// The column's name.
    public var column: String
    /// The column's table.
    public var table: String
    /// The table's schema, read from `schema` or `schema_name`.
    public var schema: String?
    /// What discovery learned about the column.
    public var data: SchemaDiscoveryColumn

    /// Creates a result, for example in a test.
    public init(id: Int, column: String, table: String, schema: String? = nil, data: SchemaDiscoveryColumn) {
        self.id = id
        self.column = column
        self.table = table
        self.schema = schema
        self.data = data
    }

    enum CodingKeys: String, CodingKey {
        case id
        case column
        case table
        case schema
        case schemaName = "schema_name"
        case data
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeLenientInt(.id)
        column = try container.decode(String.self, forKey: .column)
        table = try container.decode(String.self, forKey: .table)
        schema = try container.decodeIfPresent(String.self, forKey: .schema)
            ?? container.decodeIfPresent(String.self, forKey: .schemaName)
        data = try container.decode(SchemaDiscoveryColumn.self, forKey: .data)
    }

    /// Writes every field, the schema as `schema` (`null` when absent).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(column, forKey: .column)
        try container.encode(table, forKey: .table)
        try container.encode(schema, forKey: .schema)
        try container.encode(data, forKey: .data)
    }
}
