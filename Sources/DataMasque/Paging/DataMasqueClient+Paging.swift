extension DataMasqueClient {
    /// The elements of the paginated collection at `path`, fetched lazily page by page.
    ///
    /// The resource groups build their `listPaginated(…)` and `list(…)` methods on it.
    ///
    /// - Parameters:
    ///   - type: The type of each element.
    ///   - path: The collection's path, such as `/api/ruleset-libraries/`.
    ///   - query: Filters sent with the first request; later pages follow the server's `next` links.
    ///   - pageSize: How many elements to ask for per page.
    package func paged<Element: Decodable & Sendable>(
        _ type: Element.Type,
        _ path: String,
        query: [(String, String?)] = [],
        pageSize: Int = 100
    ) -> PagedSequence<Element> {
        PagedSequence(client: self, path: path, query: query, pageSize: pageSize, operation: "paged \(path)")
    }
}
