/// Attaches `Authorization: <scheme> <token>` and answers one `401` with one renewed token and one replay.
///
/// Only requests to the configured origin get the token.
struct AuthenticationMiddleware: DeadlineBoundedMiddleware {
    let tokens: TokenCache
    /// The origin of the service's base URL, the only one that sees the token.
    let origin: Origin?
    /// The word before the token: `Token` for the admin API, `Bearer` for in-flight masking.
    let scheme: String

    func intercept(
        _ request: DataMasqueRequest,
        next: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
    ) async throws -> DataMasqueResponse {
        guard request.requiresAuthorization, let origin, Origin(request.url) == origin else {
            return try await next(request)
        }
        let token = try await tokens.current(deadline: request.deadline)
        let response = try await next(authorize(request, with: token))
        guard response.status == 401 else { return response }
        let fresh = try await tokens.refresh(replacing: token, deadline: request.deadline)
        return try await next(authorize(request, with: fresh))
    }

    private func authorize(_ request: DataMasqueRequest, with token: String) -> DataMasqueRequest {
        var request = request
        request.headers.replaceOrAdd(name: "Authorization", value: "\(scheme) \(token)")
        return request
    }
}
