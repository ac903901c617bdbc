/// One page of a paginated collection, as the server sends it.
///
/// ``PagedSequence/pages`` yields them.
public struct Page<Element: Decodable & Sendable>: Decodable, Sendable {
    /// How many elements the whole collection has, when the server says.
    public var count: Int?
    /// The absolute URL of the next page, or `nil` on the last page and on in-flight masking pages.
    public var next: String?
    /// The absolute URL of the previous page, or `nil` on the first page.
    public var previous: String?
    /// The elements on this page.
    public var results: [Element]

    /// Creates a page from its parts.
    public init(count: Int? = nil, next: String? = nil, previous: String? = nil, results: [Element]) {
        self.count = count
        self.next = next
        self.previous = previous
        self.results = results
    }
}
