public import AsyncHTTPClient
public import Foundation
public import NIOCore
import NIOFoundationCompat

/// The same requests as the library sends, made directly with AsyncHTTPClient:
/// the floor the library's per-call overhead is measured against.
public struct RawClient: Sendable {
    let http: HTTPClient
    let baseURL: String
    let authorization: String

    /// Logs in once and keeps the token.
    public static func login(http: HTTPClient, baseURL: URL, username: String, password: String) async throws -> RawClient {
        let base = baseURL.absoluteString.hasSuffix("/") ? String(baseURL.absoluteString.dropLast()) : baseURL.absoluteString
        var request = HTTPClientRequest(url: base + "/api/auth/token/login/")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        let body = try JSONSerialization.data(withJSONObject: ["username": username, "password": password])
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await http.execute(request, timeout: .seconds(30))
        let data = try await response.body.collect(upTo: 1 << 20)
        guard let object = try JSONSerialization.jsonObject(with: Data(buffer: data)) as? [String: Any],
            let key = object["key"] as? String
        else { throw BenchmarkError("login to \(base) gave no token") }
        return RawClient(http: http, baseURL: base, authorization: "Token \(key)")
    }

    /// `GET path`, the whole body collected; throws unless the status is 200.
    @discardableResult
    public func get(_ path: String, limit: Int = 1 << 30) async throws -> ByteBuffer {
        var request = HTTPClientRequest(url: baseURL + path)
        request.headers.add(name: "Authorization", value: authorization)
        request.headers.add(name: "Accept", value: "application/json")
        let response = try await http.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: limit)
        guard response.status == .ok else { throw BenchmarkError("GET \(path) answered \(response.status.code)") }
        return body
    }
}

/// A benchmark that could not run as set up.
public struct BenchmarkError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension RawClient {
    /// Logs in to `baseURL` and returns the body of `GET /api/connections/`, for decoding and replaying.
    public static func captureConnections(baseURL: URL, username: String, password: String) async throws -> Data {
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            let raw = try await login(http: http, baseURL: baseURL, username: username, password: password)
            let body = try await raw.get("/api/connections/")
            try await http.shutdown()
            return Data(buffer: body)
        } catch {
            try? await http.shutdown()
            throw error
        }
    }
}
