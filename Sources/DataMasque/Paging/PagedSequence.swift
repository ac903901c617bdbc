/// The items of a paginated listing, fetched page by page as you iterate.
///
/// No request is made until the first item is needed.
/// Iteration follows each page's `next` link
/// and stops at the last page, an empty page, or a link seen before.
///
/// ```swift
/// for try await library in client.rulesetLibraries.all() {
///     print(library.name)
/// }
/// ```
///
/// Iterate ``pages`` instead to see each page's envelope.
public struct PagedSequence<Element: Decodable & Sendable>: AsyncSequence, Sendable {
    /// The type of the listing's items.
    public typealias Item = Element
    let client: DataMasqueClient
    let path: String
    let query: [(String, String?)]
    let pageSize: Int
    let operation: String

    init(client: DataMasqueClient, path: String, query: [(String, String?)] = [], pageSize: Int = 100, operation: String) {
        self.client = client
        self.path = path
        self.query = query
        self.pageSize = pageSize
        self.operation = operation
    }

    /// The pages themselves, one element per request.
    public var pages: Pages { Pages(items: self) }

    /// Every item of every page, in order.
    public func collect() async throws -> [Element] {
        var items: [Element] = []
        for try await item in self { items.append(item) }
        return items
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator())
    }

    /// Produces the items of ``PagedSequence``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: Pages.AsyncIterator
        var buffer: [Element] = []

        public mutating func next() async throws -> Element? {
            while buffer.isEmpty {
                guard let page = try await pages.next() else { return nil }
                buffer = page.results.reversed()
            }
            return buffer.popLast()
        }
    }

    /// The pages of a ``PagedSequence``.
    public struct Pages: AsyncSequence, Sendable {
        let items: PagedSequence

        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(items: items)
        }

        /// Fetches one page per call to `next()`.
        public struct AsyncIterator: AsyncIteratorProtocol {
            let items: PagedSequence
            var nextURL: String?
            var visited: Set<String> = []
            var started = false

            init(items: PagedSequence) { self.items = items }

            public mutating func next() async throws -> Page<Item>? {
                let page: Page<Item>
                if !started {
                    started = true
                    let query = [("limit", String(items.pageSize)), ("offset", "0")] + items.query
                    page = try await items.client.get(
                        Page<Item>.self, items.path, query: query, operation: items.operation)
                } else if let url = nextURL {
                    page = try await items.client.get(Page<Item>.self, url, operation: items.operation)
                } else {
                    return nil
                }
                nextURL = nil
                if let next = page.next, !next.isEmpty, !page.results.isEmpty, visited.insert(next).inserted {
                    nextURL = next
                }
                return page
            }
        }
    }
}
