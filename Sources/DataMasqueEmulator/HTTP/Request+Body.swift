import DataMasque
import Foundation
import Hummingbird

extension Request {
    /// The largest body the emulator reads.
    static let maximumBodySize = 64 * 1024 * 1024

    /// Whether the body is JSON or form-encoded, as opposed to an upload.
    var hasStructuredBody: Bool {
        let contentType = headers[.contentType]?.lowercased() ?? ""
        return contentType.hasPrefix("application/json") || contentType.hasPrefix("application/x-www-form-urlencoded")
    }

    /// The body as JSON, or as a JSON object of strings when it is form-encoded;
    /// `nil` when it is empty.
    ///
    /// - Throws: ``APIError`` `400` when the body is not JSON,
    ///   `NIOTooManyBytesError` when it is larger than `maximumSize`.
    mutating func parsedBody(upTo maximumSize: Int = maximumBodySize) async throws -> JSONValue? {
        let buffer = try await collectBody(upTo: maximumSize)
        guard buffer.readableBytes > 0 else { return nil }
        let data = Data(buffer.readableBytesView)
        if headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true {
            let pairs = FormEncoding.decode(String(decoding: data, as: UTF8.self))
            return .object(Dictionary(pairs.map { ($0.name, JSONValue.string($0.value)) }, uniquingKeysWith: { $1 }))
        }
        do {
            return try EmulatorJSON.decode(JSONValue.self, from: data)
        } catch {
            throw APIError.detail(.badRequest, "JSON parse error - the body is not valid JSON.")
        }
    }

    /// The body as a JSON object; an empty body counts as `{}`.
    ///
    /// - Throws: ``APIError`` `400` when the body is not a JSON object.
    func jsonObject() async throws -> [String: JSONValue] {
        var request = self
        guard let value = try await request.parsedBody() else { return [:] }
        guard let object = value.objectValue else {
            let kind = value.arrayValue == nil ? "str" : "list"
            throw APIError.fields(["non_field_errors": ["Invalid data. Expected a dictionary, but got \(kind)."]])
        }
        return object
    }
}
