/// A foreign key elsewhere that points at a discovered column.
public struct ReferencingForeignKey: Sendable, Hashable, Codable {
    /// The constraint's name.
    public var name: String
    /// The column pointing at this one, as `schema.table.column` (`referencing_column`).
    public var referencingColumn: String

    /// Creates a referencing foreign key.
    public init(name: String, referencingColumn: String) {
        self.name = name
        self.referencingColumn = referencingColumn
    }

    enum CodingKeys: String, CodingKey {
        case name
        case referencingColumn = "referencing_column"
    }
}
