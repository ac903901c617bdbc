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
            let (request, response) = try await post(
                ["username": .string(username), "password": .string(password)], to: path, on: configuration.root,
                pipeline: pipeline, deadline: deadline, operation: "authenticate")
            switch response.status {
            case 200:
                break
            case 502:
                throw DataMasqueClient.notReadyError(for: request)
            case 400, 401:
                throw DataMasqueClient.apiError(
                    response, for: request, code: .authenticationFailed,
                    prefix: "Logging in as '\(username)' was refused")
            default:
                throw DataMasqueClient.apiError(response, for: request, prefix: "Logging in as '\(username)' failed")
            }
            return try token(in: response, field: "key", of: request)
        }
    }

    /// Posts `body`, a login or refresh, without authorization, retrying a busy server as the retry policy allows.
    static func post(
        _ body: JSONValue,
        to path: String,
        on root: ServiceRoot,
        pipeline: Pipeline,
        deadline: ContinuousClock.Instant?,
        operation: String
    ) async throws -> (request: DataMasqueError.RequestSummary, response: DataMasqueResponse) {
        var request = root.request(.POST, path, body: try .json(body), requiresAuthorization: false, operation: operation)
        request.deadline = deadline
        request.retriesWhenNotIdempotent = true
        return (request.summary, try await pipeline.send(request))
    }

    /// The non-empty string in `field` of a successful login's body.
    ///
    /// - Throws: ``DataMasqueError/Code/decoding`` when it is missing or empty.
    static func token(
        in response: DataMasqueResponse,
        field: String,
        of request: DataMasqueError.RequestSummary
    ) throws -> String {
        guard let token = response.json?[field]?.stringValue, !token.isEmpty else {
            throw DataMasqueError(
                code: .decoding,
                message: "The response to \(request) has no token in its '\(field)' field.",
                request: request,
                response: response
            )
        }
        return token
    }
}
