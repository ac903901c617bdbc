import DataMasque

extension Terminal {
    /// Logs in with `credentials`, runs `body` with the client and shuts the client down.
    ///
    /// Client errors become ``CLIError``s:
    /// a refused login `auth_failed`, an unreachable server `transport_error`
    /// (with a hint about `--insecure` for certificate trouble), HTTP errors by status.
    func withClient<Result: Sendable>(
        _ credentials: Credentials,
        _ body: (DataMasqueClient) async throws -> Result
    ) async throws -> Result {
        let configuration = try credentials.clientConfiguration(in: self)
        return try await withDataMasqueClient(configuration) { client in
            do {
                try await client.authenticate()
            } catch let error as DataMasqueError {
                throw CLIError.loginFailed(error, url: credentials.url, verifyingTLS: credentials.verifyTLS)
            }
            do {
                return try await body(client)
            } catch let error as DataMasqueError {
                throw CLIError(error, verifyingTLS: credentials.verifyTLS)
            }
        }
    }

    /// Resolves the credentials for `--profile` as ``CredentialResolver`` does,
    /// then runs `body` as ``withClient(_:_:)`` does.
    func withClient<Result: Sendable>(
        profile: String?,
        _ body: (DataMasqueClient) async throws -> Result
    ) async throws -> Result {
        try await withClient(try CredentialResolver(terminal: self).resolve(profile: profile), body)
    }
}
