public import Foundation
public import NIOHTTP1

/// A complete HTTP response from DataMasque: status, headers and body.
public struct DataMasqueResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The response headers.
    public var headers: HTTPHeaders
    /// The response body.
    public var body: Data

    /// Creates a response, for example in a transport or a test double.
    public init(status: Int, headers: HTTPHeaders = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as UTF-8 text (invalid sequences replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body parsed as JSON, or `nil` when it is empty or not JSON.
    public var json: JSONValue? { try? WireJSON.decoder().decode(JSONValue.self, from: body) }

    /// The body decoded as `type`, as the client decodes responses:
    /// DataMasque's date format, lenient numbers where the models allow them,
    /// and unknown kinds kept rather than failing.
    ///
    /// ```swift
    /// let connections = try response.decode([Connection].self)
    /// ```
    ///
    /// - Throws: `DecodingError` when the body is not JSON or does not fit `type`; its coding path names the field.
    public func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try WireJSON.decoder().decode(type, from: body)
    }

    /// The first value of the named header.
    public func header(_ name: String) -> String? { headers.first(name: name) }
}
