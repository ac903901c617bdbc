extension DataMasqueClient {
    /// How a client obtains DataMasque API tokens.
    ///
    /// Make one with a static factory:
    ///
    /// ```swift
    /// let login = DataMasqueClient.Credential.password(username: "admin", password: password)
    /// let fixed = DataMasqueClient.Credential.token(apiToken)
    /// let vaulted = DataMasqueClient.Credential.tokenProvider { try await vault.datamasqueToken() }
    /// ```
    ///
    /// New kinds of credential may be added in minor releases without breaking your code.
    /// Its `description` and mirror never show a password or token.
    public struct Credential: Sendable, CustomStringConvertible, CustomReflectable {
        enum Kind: Sendable {
            case password(username: String, password: String)
            case tokenProvider(@Sendable () async throws -> String)
        }

        let kind: Kind

        /// Log in as `username` with `password`, and again after a `401`.
        public static func password(username: String, password: String) -> Credential {
            Credential(kind: .password(username: username, password: password))
        }

        /// Ask `provider` for a bare API token, and again after every `401`.
        public static func tokenProvider(_ provider: @escaping @Sendable () async throws -> String) -> Credential {
            Credential(kind: .tokenProvider(provider))
        }

        /// Use this API token for every request; a token the server rejects ends in a `401` error.
        public static func token(_ token: String) -> Credential {
            Credential(kind: .tokenProvider { token })
        }

        /// The username a password credential logs in as; `nil` for tokens.
        public var username: String? {
            guard case .password(let username, _) = kind else { return nil }
            return username
        }

        /// The password of a password credential; `nil` for tokens.
        var password: String? {
            guard case .password(_, let password) = kind else { return nil }
            return password
        }

        public var description: String {
            switch kind {
            case .password(let username, _): "password(username: \(username), password: <redacted>)"
            case .tokenProvider: "tokenProvider"
            }
        }

        public var customMirror: Mirror { Mirror(self, children: ["description": description], displayStyle: .struct) }
    }
}
