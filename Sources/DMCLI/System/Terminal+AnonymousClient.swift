import DataMasque

extension Terminal {
    /// Runs `body` with a client for the instance ``AnonymousCredentialResolver`` picks, without logging in.
    ///
    /// Client errors become ``CLIError``s as in ``withClient(_:_:)``.
    func withAnonymousClient<Result: Sendable>(
        profile: String?,
        _ body: (DataMasqueClient, Credentials) async throws -> Result
    ) async throws -> Result {
        let credentials = try AnonymousCredentialResolver(terminal: self).resolve(profile: profile)
        return try await withDataMasqueClient(try credentials.clientConfiguration(in: self)) { client in
            do {
                return try await body(client, credentials)
            } catch let error as DataMasqueError {
                throw CLIError(error, verifyingTLS: credentials.verifyTLS)
            }
        }
    }
}
