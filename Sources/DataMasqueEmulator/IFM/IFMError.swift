import DataMasque
import HTTPTypes

/// The error bodies of the in-flight masking service, a FastAPI application:
/// `{"detail": …}` for authentication and permissions,
/// `{"error": …}` for a missing or clashing plan,
/// and `422` with a `detail` list of `{loc, msg, type}` for a request that fails validation.
enum IFMError {
    /// `401 {"detail": message}` with `WWW-Authenticate: Bearer`.
    static func unauthorized(_ message: String) -> APIError {
        APIError(status: .unauthorized, body: ["detail": .string(message)], headers: [.wwwAuthenticate: "Bearer"])
    }

    /// `403` for a token whose scopes do not allow the request.
    static var forbidden: APIError {
        APIError(status: .forbidden, body: ["detail": "Not enough permissions"])
    }

    /// `404 {"error": …}` for a plan that does not exist.
    static func planNotFound(_ name: String) -> APIError {
        APIError(status: .notFound, body: ["error": .string("Ruleset plan '\(name)' not found.")])
    }

    /// `409 {"error": …}` for a plan name that is taken.
    static func planExists(_ name: String) -> APIError {
        APIError(status: .conflict, body: ["error": .string("Ruleset plan '\(name)' already exists.")])
    }

    /// `400 {"error": message}` for a request the service refuses outright.
    static func badRequest(_ message: String) -> APIError {
        APIError(status: .badRequest, body: ["error": .string(message)])
    }

    /// `422` naming the request part at `location`, such as `["body", "name"]`, and what is wrong with it.
    static func invalid(_ location: [String], _ message: String, type: String = "value_error") -> APIError {
        let problem: JSONValue = [
            "loc": .array(location.map(JSONValue.string)), "msg": .string(message), "type": .string(type),
        ]
        return APIError(status: .unprocessableContent, body: ["detail": [problem]])
    }
}
