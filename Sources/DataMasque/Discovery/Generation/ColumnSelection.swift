/// The database columns to generate masking rules for, and how to hash them.
///
/// ```swift
/// let selection = ColumnSelection(columns: ["public": ["customers": ["email", "first_name"]]])
/// ```
public struct ColumnSelection: Sendable, Hashable, Codable {
    /// The columns, by schema, then table (`selected_columns`).
    public var columns: [String: [String: [String]]]
    /// The hashing of each table's columns, by schema, then table (`hash_columns`); not sent when `nil`.
    public var hashColumns: [String: [String: HashColumnsTableConfig]]?

    /// Creates a selection of database columns.
    public init(
        columns: [String: [String: [String]]],
        hashColumns: [String: [String: HashColumnsTableConfig]]? = nil
    ) {
        self.columns = columns
        self.hashColumns = hashColumns
    }

    enum CodingKeys: String, CodingKey {
        case columns = "selected_columns"
        case hashColumns = "hash_columns"
    }
}
