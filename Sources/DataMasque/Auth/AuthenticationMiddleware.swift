/// Attaches `Authorization: Token <key>` and answers one `401` with one re-login and one replay.
struct AuthenticationMiddleware: DataMasqueMiddleware {
    let tokens: TokenStore

    func intercept(
        _ request: DataMasqueRequest,
        next: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
    ) async throws -> DataMasqueResponse {
        guard request.requiresAuthorization else { return try await next(request) }
        let token = try await tokens.current()
        let response = try await next(Self.authorize(request, with: token))
        guard response.status == 401 else { return response }
        let fresh = try await tokens.refresh(replacing: token)
        return try await next(Self.authorize(request, with: fresh))
    }

    private static func authorize(_ request: DataMasqueRequest, with token: String) -> DataMasqueRequest {
        var request = request
        request.headers.replaceOrAdd(name: "Authorization", value: "Token \(token)")
        return request
    }
}
