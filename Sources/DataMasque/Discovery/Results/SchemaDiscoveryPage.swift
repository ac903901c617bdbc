/// One page of a schema discovery run's results, with the keys and sizes of their tables.
///
/// ```swift
/// let page = try await client.discovery.schemaResultsPage(runID: id, limit: 50)
/// let rows = page.tableMetadata?["public"]?["customers"]?.rowCount
/// ```
public struct SchemaDiscoveryPage: Sendable, Decodable {
    /// How many results the run has in all.
    public var count: Int?
    /// The absolute URL of the next page, or `nil` on the last page.
    public var next: String?
    /// The absolute URL of the previous page, or `nil` on the first page.
    public var previous: String?
    /// The results on this page.
    public var results: [SchemaDiscoveryResult]
    /// The keys and row counts of the tables, by schema, then table (`table_metadata`).
    public var tableMetadata: [String: [String: TableConstraints]]?

    /// Creates a page, for example in a test.
    public init(
        count: Int? = nil,
        next: String? = nil,
        previous: String? = nil,
        results: [SchemaDiscoveryResult],
        tableMetadata: [String: [String: TableConstraints]]? = nil
    ) {
        self.count = count
        self.next = next
        self.previous = previous
        self.results = results
        self.tableMetadata = tableMetadata
    }

    enum CodingKeys: String, CodingKey {
        case count
        case next
        case previous
        case results
        case tableMetadata = "table_metadata"
    }
}
