import Foundation

/// Obtains a DataMasque API token with the configured credential.
enum Login {
    static let path = "/api/auth/token/login/"

    /// Logs in, retrying a busy server as the retry policy allows.
    ///
    /// - Throws: ``DataMasqueError``: ``DataMasqueError/Code/authenticationFailed`` for `400` or `401`,
    ///   ``DataMasqueError/Code/notReady`` for `502`, ``DataMasqueError/Code/api`` for another error status.
    static func obtainToken(
        configuration: DataMasqueClient.Configuration,
        pipeline: Pipeline,
        deadline: ContinuousClock.Instant?
    ) async throws -> String {
        switch configuration.credential.kind {
        case .tokenProvider(let provide):
            return try await provide()
        case .password(let username, let password):
            let credentials: JSONValue = ["username": .string(username), "password": .string(password)]
            var request = configuration.request(
                .POST, path, body: try .json(credentials), requiresAuthorization: false, operation: "authenticate")
            request.deadline = deadline
            request.retriesWhenNotIdempotent = true
            let response = try await pipeline.send(request)
            switch response.status {
            case 200:
                break
            case 502:
                throw DataMasqueClient.notReadyError(for: request.summary)
            case 400, 401:
                throw DataMasqueClient.apiError(
                    response, for: request.summary, code: .authenticationFailed,
                    prefix: "Logging in as '\(username)' was refused")
            default:
                throw DataMasqueClient.apiError(
                    response, for: request.summary, prefix: "Logging in as '\(username)' failed")
            }
            guard let key = response.json?["key"]?.stringValue, !key.isEmpty else {
                throw DataMasqueError(
                    code: .decoding,
                    message: "The login response has no token in its 'key' field.",
                    request: request.summary,
                    response: response
                )
            }
            return key
        }
    }
}
