/// Obtains in-flight masking JWTs from the admin server, or from the token provider.
enum JWTLogin {
    static let loginPath = "/api/auth/jwt/login/"
    static let refreshPath = "/api/auth/jwt/refresh/"

    /// Fresh tokens: with a password, a refresh of `rejected`'s refresh token when it has one
    /// and the server accepts it, else a login; with a token provider, the provider's next token.
    ///
    /// Both requests go to the admin URL, retried as the retry policy allows.
    ///
    /// - Throws: ``DataMasqueError``: ``DataMasqueError/Code/ifmAuthentication`` when the login is refused,
    ///   ``DataMasqueError/Code/notReady`` for `502`, ``DataMasqueError/Code/transport`` without a response,
    ///   ``DataMasqueError/Code/decoding`` for a login answer without `access_token`;
    ///   or whatever the token provider throws.
    static func obtainTokens(
        configuration: DataMasqueIFMClient.Configuration,
        pipeline: Pipeline,
        rejected: SessionTokens?,
        deadline: ContinuousClock.Instant?
    ) async throws -> SessionTokens {
        switch configuration.credential.kind {
        case .tokenProvider(let provide):
            return SessionTokens(access: try await provide())
        case .password(let username, let password):
            let admin = ServiceRoot(configuration.adminURL)
            if let refresh = rejected?.refresh,
                let access = try await refreshed(refresh, on: admin, pipeline: pipeline, deadline: deadline)
            {
                return SessionTokens(access: access, refresh: refresh)
            }
            let (request, response) = try await Login.post(
                ["username": .string(username), "password": .string(password)], to: loginPath, on: admin,
                pipeline: pipeline, deadline: deadline, operation: "ifm.authenticate")
            switch response.status {
            case 200:
                let access = try Login.token(in: response, field: "access_token", of: request)
                let refresh = response.json?["refresh_token"]?.stringValue
                return SessionTokens(access: access, refresh: refresh?.isEmpty == false ? refresh : nil)
            case 502:
                throw DataMasqueClient.notReadyError(for: request)
            default:
                throw DataMasqueClient.apiError(
                    response, for: request, code: .ifmAuthentication,
                    prefix: "Obtaining an in-flight masking token as '\(username)' was refused")
            }
        }
    }

    /// A new access token for `refresh`, or `nil` when the admin server does not give one, so a login must.
    private static func refreshed(
        _ refresh: String,
        on admin: ServiceRoot,
        pipeline: Pipeline,
        deadline: ContinuousClock.Instant?
    ) async throws -> String? {
        let (_, response) = try await Login.post(
            ["refresh": .string(refresh)], to: refreshPath, on: admin,
            pipeline: pipeline, deadline: deadline, operation: "ifm.refresh")
        guard response.status == 200, let access = response.json?["access_token"]?.stringValue, !access.isEmpty else {
            return nil
        }
        return access
    }
}
