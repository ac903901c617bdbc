/// A request as a ``MisbehavingServer`` received it.
public struct MisbehavingRequest: Sendable {
    /// The method, such as `GET`.
    public let method: String
    /// The path, without the query.
    public let path: String
    /// The query, without the `?`, if any.
    public let query: String?
    /// The server's own origin, such as `http://127.0.0.1:54321`, for absolute links.
    public let origin: String
    /// The headers, names in lower case.
    public let headers: [(name: String, value: String)]

    /// The first value of the named header, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name == name.lowercased() }?.value
    }
}
