import DataMasque
import HTTPTypes
import Hummingbird

/// A failure answered with a Django REST Framework style JSON body.
struct APIError: HTTPResponseError {
    var status: HTTPResponse.Status
    var body: JSONValue
    var headers: HTTPFields = [:]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response.json(body, status: status, headers: headers)
    }

    /// `{"detail": message}` with `status`.
    static func detail(_ status: HTTPResponse.Status, _ message: String) -> Self {
        Self(status: status, body: ["detail": .string(message)])
    }

    /// `413` for a request body, or an uploaded file read into memory, larger than `limit` bytes.
    static func bodyTooLarge(_ limit: Int) -> Self {
        .detail(.contentTooLarge, "The request body is larger than \(limit) bytes.")
    }

    /// `404 {"detail": "Not found."}`.
    static var notFound: Self { .detail(.notFound, "Not found.") }

    /// `400` with one list of messages per field, such as `{"name": ["This field is required."]}`.
    static func fields(_ errors: [String: [String]]) -> Self {
        Self(status: .badRequest, body: .object(errors.mapValues { .array($0.map(JSONValue.string)) }))
    }

    /// `401` with the challenge DRF sends for token authentication.
    static func unauthorized(_ message: String) -> Self {
        Self(status: .unauthorized, body: ["detail": .string(message)], headers: [.wwwAuthenticate: "Token"])
    }
}
