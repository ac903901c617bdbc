import Foundation
import NIOHTTP1

/// The base URL of one service, such as the admin API or the in-flight masking API,
/// and the requests built against it with the client's default headers.
struct ServiceRoot: Sendable {
    let baseURL: URL

    init(_ baseURL: URL) {
        self.baseURL = baseURL
    }

    /// The URL of `path` on this service; an absolute URL passes through unchanged,
    /// except that one naming the base URL's host gets the base URL's scheme and port,
    /// as a server behind a proxy may send links with its inner scheme.
    ///
    /// A path prefix on the base URL is kept: with `https://host/dm`, `/api/x/` is `https://host/dm/api/x/`.
    func url(_ path: String, query: [(String, String?)] = []) -> URL {
        var text: String
        if path.hasPrefix("http://") || path.hasPrefix("https://") {
            text = path
            if var components = URLComponents(string: path), let host = components.host,
                host.lowercased() == baseURL.host()?.lowercased()
            {
                components.scheme = baseURL.scheme
                components.port = baseURL.port
                text = components.string ?? path
            }
        } else {
            var base = baseURL.absoluteString
            while base.hasSuffix("/") { base.removeLast() }
            text = base + "/" + path.drop { $0 == "/" }
        }
        let pairs = query.compactMap { name, value in value.map { "\(Self.escape(name))=\(Self.escape($0))" } }
        if !pairs.isEmpty { text += (text.contains("?") ? "&" : "?") + pairs.joined(separator: "&") }
        return URL(string: text) ?? baseURL
    }

    /// A request with the client's default headers.
    func request(
        _ method: HTTPMethod,
        _ path: String,
        query: [(String, String?)] = [],
        body: RequestBody = .empty,
        requiresAuthorization: Bool = true,
        operation: String
    ) -> DataMasqueRequest {
        var headers = HTTPHeaders()
        headers.add(name: "User-Agent", value: UserAgent.value)
        headers.add(name: "Accept", value: "application/json, */*")
        return DataMasqueRequest(
            method: method, url: url(path, query: query), headers: headers, body: body,
            requiresAuthorization: requiresAuthorization, operation: operation)
    }

    private static let unreserved = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
