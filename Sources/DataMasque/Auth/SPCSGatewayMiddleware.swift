/// Adds the Snowflake PAT header to every request and turns gateway rejections into errors.
///
/// Only requests to the configured origin carry the PAT.
/// It sits inside the authentication step,
/// so a gateway rejection is thrown before a `401` could trigger a re-login.
struct SPCSGatewayMiddleware: DeadlineBoundedMiddleware {
    static let headerName = "X-SF-SPCS-Authorization"
    let pat: String
    /// The origin of the base URL, the only one that sees the PAT.
    let origin: Origin?

    func intercept(
        _ request: DataMasqueRequest,
        next: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
    ) async throws -> DataMasqueResponse {
        guard let origin, Origin(request.url) == origin else { return try await next(request) }
        var request = request
        request.headers.replaceOrAdd(name: Self.headerName, value: "Snowflake Token=\"\(pat)\"")
        let response = try await next(request)
        if let rejection = SPCSGatewayRejection(response: response) {
            throw rejection.error(for: request)
        }
        return response
    }
}
