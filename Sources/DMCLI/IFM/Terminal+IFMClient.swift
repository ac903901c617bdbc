import DataMasque

extension Terminal {
    /// Resolves the credentials for `--profile` as ``CredentialResolver`` does,
    /// obtains a JWT, runs `body` with the in-flight masking client and shuts the client down.
    ///
    /// A login that fails without reaching the server is `transport_error`; any other failed login `auth_failed`.
    /// Errors from `body` become ``CLIError``s by status.
    func withIFMClient<Result: Sendable>(
        profile: String?,
        _ body: (DataMasqueIFMClient) async throws -> Result
    ) async throws -> Result {
        let credentials = try CredentialResolver(terminal: self).resolve(profile: profile)
        return try await withDataMasqueIFMClient(try credentials.ifmConfiguration(in: self)) { client in
            do {
                try await client.authenticate()
            } catch let error as DataMasqueError {
                guard !error.code.isTransportError else {
                    throw CLIError.loginFailed(error, url: credentials.url, verifyingTLS: credentials.verifyTLS)
                }
                throw CLIError(.authFailed, "IFM authentication failed: \(error.serverMessage ?? error.message)")
            }
            do {
                return try await body(client)
            } catch let error as DataMasqueError {
                throw CLIError(error, verifyingTLS: credentials.verifyTLS)
            }
        }
    }
}
