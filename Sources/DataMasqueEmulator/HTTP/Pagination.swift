import DataMasque
import Hummingbird

/// DataMasque's limit/offset paging of list endpoints (Django REST Framework's `LimitOffsetPagination`).
///
/// With a positive `limit` in the query the answer is the envelope
/// `{"count", "next", "previous", "results"}`;
/// without one it is the bare array of all items.
/// `next` and `previous` are absolute URLs built from the request's `Host`,
/// with the query re-encoded in sorted key order.
struct Pagination {
    /// Scheme, host and port as the client addressed the server, such as `http://127.0.0.1:8765`.
    var origin: String
    /// The request path, such as `/api/runs/`.
    var path: String
    /// The request's query parameters, in order.
    var query: [(name: String, value: String)]

    /// The page size asked for; `nil` when absent, not a number, zero or negative.
    var limit: Int? {
        value(of: "limit").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// The index of the first item asked for; `0` when absent or not a non-negative number.
    var offset: Int {
        value(of: "offset").flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil } ?? 0
    }

    /// The answer to a list request over `items`, which are already filtered.
    ///
    /// - Parameter extra: Additional top-level members of the envelope, such as `table_metadata`.
    func page(_ items: [JSONValue], extra: [String: JSONValue] = [:]) -> JSONValue {
        page(items, extra: extra) { $0 }
    }

    /// The answer to a list request over `items`, which are already filtered,
    /// rendering only the items on the page with `render`.
    ///
    /// - Parameter extra: Additional top-level members of the envelope, such as `table_metadata`.
    func page<Item>(_ items: [Item], extra: [String: JSONValue] = [:], render: (Item) -> JSONValue) -> JSONValue {
        guard let limit else { return .array(items.map(render)) }
        let offset = offset
        let count = items.count
        let (sum, overflow) = offset.addingReportingOverflow(limit)
        let end = overflow ? Int.max : sum
        let results = offset < count ? items[offset..<min(count, end)].map(render) : []
        var envelope = extra
        envelope["count"] = .int(count)
        envelope["results"] = .array(results)
        envelope["next"] = end >= count ? .null : .string(link(setting: ["limit": limit, "offset": end]))
        envelope["previous"] =
            switch offset {
            case ...0: .null
            case ...limit: .string(link(setting: ["limit": limit], removing: "offset"))
            default: .string(link(setting: ["limit": limit, "offset": offset - limit]))
            }
        return .object(envelope)
    }

    private func value(of name: String) -> String? {
        query.last { $0.name == name }?.value
    }

    private func link(setting replacements: [String: Int], removing removed: String? = nil) -> String {
        var grouped: [String: [String]] = [:]
        for (name, value) in query { grouped[name, default: []].append(value) }
        for (name, value) in replacements { grouped[name] = [String(value)] }
        if let removed { grouped[removed] = nil }
        let pairs = grouped.keys.sorted().flatMap { name in grouped[name, default: []].map { (name: name, value: $0) } }
        return origin + path + (pairs.isEmpty ? "" : "?" + FormEncoding.encode(pairs))
    }
}

extension Pagination {
    /// The paging view of `request`, addressed as the client addressed it.
    init(_ request: Request) {
        self.init(
            origin: "http://" + (request.head.authority ?? "localhost"),
            path: request.uri.path,
            query: FormEncoding.decode(request.uri.query ?? "")
        )
    }
}
