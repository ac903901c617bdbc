/// Which columns seed the hashing of one table's masked columns in a generated ruleset.
///
/// ```swift
/// let hashing = HashColumnsTableConfig(table: ["customer_id"], columns: ["email": nil])
/// ```
public struct HashColumnsTableConfig: Sendable, Hashable, Codable {
    /// The hash columns every selected column of the table uses.
    public var table: [String]?
    /// Hash columns for single columns, overriding ``table``;
    /// `nil` or an empty list turns hashing off for that column (sent as `null` or `[]`).
    public var columns: [String: [String]?]?

    /// Creates a table's hashing choice.
    public init(table: [String]? = nil, columns: [String: [String]?]? = nil) {
        self.table = table
        self.columns = columns
    }
}
