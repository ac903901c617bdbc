/// Adds the Snowflake PAT header to every request and turns gateway rejections into errors.
///
/// It sits inside the authentication step,
/// so a gateway rejection is thrown before a `401` could trigger a re-login.
struct SPCSGatewayMiddleware: DataMasqueMiddleware {
    static let headerName = "X-SF-SPCS-Authorization"
    let pat: String

    func intercept(
        _ request: DataMasqueRequest,
        next: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
    ) async throws -> DataMasqueResponse {
        var request = request
        request.headers.replaceOrAdd(name: Self.headerName, value: "Snowflake Token=\"\(pat)\"")
        let response = try await next(request)
        if let rejection = SPCSGatewayRejection(response: response) {
            throw rejection.error(for: request)
        }
        return response
    }
}
