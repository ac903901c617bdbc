/// One page of a paginated DataMasque listing.
public struct Page<Element: Decodable & Sendable>: Decodable, Sendable {
    /// How many items the whole listing has.
    public var count: Int?
    /// The absolute URL of the next page, or `nil` on the last page.
    public var next: String?
    /// The absolute URL of the previous page, or `nil` on the first page.
    public var previous: String?
    /// The items on this page.
    public var results: [Element]

    public init(count: Int? = nil, next: String? = nil, previous: String? = nil, results: [Element]) {
        self.count = count
        self.next = next
        self.previous = previous
        self.results = results
    }
}
