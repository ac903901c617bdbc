/// The elements of a paginated collection, fetched page by page as you iterate.
///
/// A collection the server pages offers one through its `listPaginated(…)` method,
/// next to `list(…)`, which fetches every page before it returns.
/// No request is made until the first element is needed.
/// Iteration follows each page's `next` link
/// and stops at the last page, at an empty page, or at a link it has already followed.
/// In-flight masking collections, such as ``DataMasqueIFMClient/RulesetPlans/listPaginated(pageSize:)``,
/// are asked for page by page with `limit` and `offset` instead,
/// until an empty page or the collection's total.
///
/// ```swift
/// for try await run in client.runs.listPaginated(status: .running) {
///     print(run.id, run.status)
/// }
/// ```
///
/// Iterate ``pages`` instead to see each page's envelope, such as its ``Page/count``.
/// Iterating throws ``DataMasqueError`` when a page cannot be fetched or does not decode;
/// the elements already returned stay valid.
public struct PagedSequence<Element: Decodable & Sendable>: AsyncSequence, Sendable {
    /// The type of the collection's elements.
    public typealias Item = Element

    /// How a collection pages.
    enum Paging: Sendable {
        /// The admin API's: `limit` and `offset` on the first request, then each page's `next` link.
        case links
        /// In-flight masking's: `limit` and `offset` on every request, until the `total`.
        case offsets
    }

    let core: ClientCore
    let path: String
    let query: [(String, String?)]
    let pageSize: Int
    let operation: String
    let paging: Paging

    init(client: DataMasqueClient, path: String, query: [(String, String?)] = [], pageSize: Int = 100, operation: String) {
        self.init(core: client.core, path: path, query: query, pageSize: pageSize, operation: operation, paging: .links)
    }

    init(
        core: ClientCore,
        path: String,
        query: [(String, String?)] = [],
        pageSize: Int = 100,
        operation: String,
        paging: Paging
    ) {
        self.core = core
        self.path = path
        self.query = query
        self.pageSize = pageSize
        self.operation = operation
        self.paging = paging
    }

    /// The pages themselves, one per request, each with its envelope.
    public var pages: Pages { Pages(items: self) }

    /// Every element of every page, in order, fetched before it returns.
    ///
    /// - Throws: ``DataMasqueError`` when a page cannot be fetched or does not decode.
    public func collect() async throws -> [Element] {
        var items: [Element] = []
        for try await item in self { items.append(item) }
        return items
    }

    /// An iterator whose first call to `next()` sends the first request.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator())
    }

    /// Produces the elements of a ``PagedSequence``, fetching a page when the previous one is used up.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: Pages.AsyncIterator
        var buffer: [Element] = []

        /// The next element, or `nil` after the last one.
        public mutating func next() async throws -> Element? {
            while buffer.isEmpty {
                guard let page = try await pages.next() else { return nil }
                buffer = page.results.reversed()
            }
            return buffer.popLast()
        }
    }

    /// The pages of a ``PagedSequence``, fetched one per iteration step.
    public struct Pages: AsyncSequence, Sendable {
        let items: PagedSequence

        /// An iterator whose first call to `next()` sends the first request.
        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(items: items)
        }

        /// Fetches one page per call to `next()`.
        public struct AsyncIterator: AsyncIteratorProtocol {
            let items: PagedSequence
            var nextURL: String?
            var visited: Set<String> = []
            var started = false
            /// Where the next in-flight masking page starts.
            var offset = 0
            var finished = false

            init(items: PagedSequence) { self.items = items }

            /// The next page, or `nil` after the last one.
            public mutating func next() async throws -> Page<Item>? {
                switch items.paging {
                case .links: try await nextLinkedPage()
                case .offsets: try await nextOffsetPage()
                }
            }

            private mutating func nextLinkedPage() async throws -> Page<Item>? {
                let page: Page<Item>
                if !started {
                    started = true
                    let query = [("limit", String(items.pageSize)), ("offset", "0")] + items.query
                    page = try await items.core.get(
                        Page<Item>.self, items.path, query: query, operation: items.operation)
                } else if let url = nextURL {
                    page = try await items.core.get(Page<Item>.self, url, operation: items.operation)
                } else {
                    return nil
                }
                nextURL = nil
                if let next = page.next, !next.isEmpty, !page.results.isEmpty, visited.insert(next).inserted {
                    nextURL = next
                }
                return page
            }

            /// The page at ``offset``, as an in-flight masking envelope, stopping at its total.
            ///
            /// - Throws: ``DataMasqueError/Code/unexpectedResponse``
            ///   when the service answers for another offset than the one asked for, which would never end.
            private mutating func nextOffsetPage() async throws -> Page<Item>? {
                guard !finished else { return nil }
                let query = [("limit", String(items.pageSize)), ("offset", String(offset))] + items.query
                let page = try await items.core.get(
                    IFMPage<Item>.self, items.path, query: query, operation: items.operation)
                finished = true
                if let echoed = page.offset, echoed != offset {
                    throw DataMasqueError(
                        code: .unexpectedResponse,
                        message: "The page of \(items.path) asked for at offset \(offset) came back for offset \(echoed).")
                }
                offset += page.items.count
                finished = page.items.isEmpty || offset >= page.total
                return Page(count: page.total, results: page.items)
            }
        }
    }
}
