/// A foreign key on a discovered column: the column it points to.
public struct ForeignKeyReference: Sendable, Hashable, Codable {
    /// The constraint's name.
    public var name: String
    /// The column pointed to, as `schema.table.column` (`referenced_column`).
    public var referencedColumn: String

    /// Creates a foreign key reference.
    public init(name: String, referencedColumn: String) {
        self.name = name
        self.referencedColumn = referencedColumn
    }

    enum CodingKeys: String, CodingKey {
        case name
        case referencedColumn = "referenced_column"
    }
}
