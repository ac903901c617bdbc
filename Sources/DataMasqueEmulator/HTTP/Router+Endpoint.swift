import HTTPTypes
import Hummingbird

extension Router {
    /// A route handler.
    typealias Handler = @Sendable (Request, Context) async throws -> Response

    /// The methods DataMasque's endpoints may answer.
    static var endpointMethods: [HTTPRequest.Method] { [.get, .post, .put, .patch, .delete] }

    /// Registers `handlers` on `path`,
    /// answering every other method with DRF's `405 {"detail": "Method \"PUT\" not allowed."}`.
    func endpoint(_ path: String, _ handlers: [HTTPRequest.Method: Handler]) {
        let allowed = Self.endpointMethods.filter { handlers[$0] != nil }.map(\.rawValue).joined(separator: ", ")
        for method in Self.endpointMethods {
            on(RouterPath(path), method: method) { request, context in
                guard let handler = handlers[method] else {
                    var error = APIError.detail(.methodNotAllowed, "Method \"\(method.rawValue)\" not allowed.")
                    error.headers[.allow] = allowed
                    throw error
                }
                return try await handler(request, context)
            }
        }
    }
}
