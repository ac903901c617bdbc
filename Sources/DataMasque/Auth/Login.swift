import Foundation

/// Obtains a DataMasque API token with the configured credential.
enum Login {
    static let path = "/api/auth/token/login/"

    static func obtainToken(
        configuration: DataMasqueClient.Configuration,
        pipeline: Pipeline
    ) async throws -> String {
        switch configuration.credential {
        case .tokenProvider(let provide):
            return try await provide()
        case .password(let password):
            let credentials: JSONValue = ["username": .string(configuration.username), "password": .string(password)]
            let request = configuration.request(
                .POST, path, body: try .json(credentials), requiresAuthorization: false, operation: "authenticate")
            let response = try await pipeline.send(request)
            guard response.status == 200 else {
                throw response.status == 502
                    ? DataMasqueClient.notReadyError(for: request.summary)
                    : DataMasqueClient.apiError(
                        response, for: request.summary, prefix: "Logging in as '\(configuration.username)' failed")
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
