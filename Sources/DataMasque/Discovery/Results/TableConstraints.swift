/// The keys and size of one table, as a schema discovery page reports them (`table_metadata`).
public struct TableConstraints: Sendable, Hashable, Codable {
    /// The columns of one key.
    public struct Key: Sendable, Hashable, Codable {
        /// The key's columns, in order.
        public var columns: [String]

        /// Creates a key.
        public init(columns: [String]) {
            self.columns = columns
        }
    }

    /// The primary keys (`primary_keys`).
    public var primaryKeys: [Key]?
    /// The unique keys (`unique_keys`).
    public var uniqueKeys: [Key]?
    /// The foreign keys (`foreign_keys`).
    public var foreignKeys: [Key]?
    /// The number of rows, when known (`row_count`).
    public var rowCount: Int?

    /// Creates a table's constraints.
    public init(primaryKeys: [Key]? = nil, uniqueKeys: [Key]? = nil, foreignKeys: [Key]? = nil, rowCount: Int? = nil) {
        self.primaryKeys = primaryKeys
        self.uniqueKeys = uniqueKeys
        self.foreignKeys = foreignKeys
        self.rowCount = rowCount
    }

    enum CodingKeys: String, CodingKey {
        case primaryKeys = "primary_keys"
        case uniqueKeys = "unique_keys"
        case foreignKeys = "foreign_keys"
        case rowCount = "row_count"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        primaryKeys = try container.decodeIfPresent([Key].self, forKey: .primaryKeys)
        uniqueKeys = try container.decodeIfPresent([Key].self, forKey: .uniqueKeys)
        foreignKeys = try container.decodeIfPresent([Key].self, forKey: .foreignKeys)
        rowCount = try container.decodeLenientIntIfPresent(forKey: .rowCount)
    }
}
