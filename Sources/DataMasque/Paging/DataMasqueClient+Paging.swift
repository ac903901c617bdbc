extension DataMasqueClient {
    /// The items of any paginated listing, fetched lazily page by page.
    ///
    /// Use it for paginated endpoints this package does not wrap yet.
    ///
    /// ```swift
    /// for try await run in client.paged(JSONValue.self, "/api/runs/", query: [("run_status", "running")]) {
    ///     print(run["id"] ?? "?")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - type: The type of each item.
    ///   - path: The listing's path, such as `/api/ruleset-libraries/`.
    ///   - query: Filters sent with the first request; later pages follow the server's `next` links.
    ///   - pageSize: How many items to ask for per page.
    public func paged<Element: Decodable & Sendable>(
        _ type: Element.Type,
        _ path: String,
        query: [(String, String?)] = [],
        pageSize: Int = 100
    ) -> PagedSequence<Element> {
        PagedSequence(client: self, path: path, query: query, pageSize: pageSize, operation: "paged \(path)")
    }
}
