public import Foundation
public import Logging

extension DataMasqueClient {
    /// Everything a client needs to reach one DataMasque instance.
    ///
    /// The base URL and the username are required,
    /// and exactly one of `password` or `tokenProvider`.
    /// Everything else has a default.
    ///
    /// ```swift
    /// let configuration = try DataMasqueClient.Configuration(
    ///     baseURL: "https://datamasque.example.com",
    ///     username: "admin",
    ///     password: ProcessInfo.processInfo.environment["DATAMASQUE_PASSWORD"]
    /// )
    /// ```
    ///
    /// Its `description` shows which credentials are set, never their values.
    public struct Configuration: Sendable, CustomStringConvertible, CustomReflectable {
        /// The root URL of the DataMasque admin server, such as `https://datamasque.example.com`.
        public var baseURL: URL
        /// The user that logs in with `password`.
        public var username: String
        /// How the client obtains DataMasque API tokens.
        public var credential: Credential
        /// Whether TLS certificates are verified. Turn off only for a self-signed test instance.
        public var verifyTLS: Bool
        /// The Snowflake Programmatic Access Token for an instance hosted on Snowpark Container Services.
        ///
        /// When set, every request carries it in `X-SF-SPCS-Authorization`,
        /// and a rejection by the Snowflake gateway throws ``DataMasqueError/Code/spcsGatewayRejected``.
        public var spcsPAT: String?
        /// How long one request may wait for its response.
        public var timeout: Duration
        /// When and how requests are retried.
        public var retryPolicy: RetryPolicy
        /// Where the client logs. Silent by default.
        public var logger: Logger

        /// Creates a configuration, checking that exactly one credential is given.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when the URL is not an `http` or `https` URL with a host,
        ///   or when both or neither of `password` and `tokenProvider` are given.
        public init(
            baseURL: URL,
            username: String,
            password: String? = nil,
            tokenProvider: (@Sendable () async throws -> String)? = nil,
            verifyTLS: Bool = true,
            spcsPAT: String? = nil,
            timeout: Duration = .seconds(60),
            retryPolicy: RetryPolicy = .default,
            logger: Logger = Logger(label: "datamasque", factory: { _ in SwiftLogNoOpLogHandler() })
        ) throws {
            guard let scheme = baseURL.scheme?.lowercased(), ["http", "https"].contains(scheme),
                let host = baseURL.host, !host.isEmpty
            else {
                throw DataMasqueError(
                    code: .configuration,
                    message: "baseURL must be an http or https URL with a host, got '\(baseURL.absoluteString)'."
                )
            }
            switch (password, tokenProvider) {
            case (let password?, nil):
                self.credential = .password(password)
            case (nil, let provider?):
                self.credential = .tokenProvider(provider)
            case (.some, .some):
                throw DataMasqueError(
                    code: .configuration,
                    message: "Give either password or tokenProvider, not both."
                )
            case (nil, nil):
                throw DataMasqueError(
                    code: .configuration,
                    message: "Give one of password or tokenProvider; neither was set."
                )
            }
            guard timeout > .zero else {
                throw DataMasqueError(code: .configuration, message: "timeout must be positive, got \(timeout).")
            }
            self.baseURL = baseURL
            self.username = username
            self.verifyTLS = verifyTLS
            self.spcsPAT = spcsPAT
            self.timeout = timeout
            self.retryPolicy = retryPolicy
            self.logger = logger
        }

        /// Creates a configuration from a URL string.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `baseURL` does not parse, or for the reasons of the `URL` initialiser.
        public init(
            baseURL: String,
            username: String,
            password: String? = nil,
            tokenProvider: (@Sendable () async throws -> String)? = nil,
            verifyTLS: Bool = true,
            spcsPAT: String? = nil,
            timeout: Duration = .seconds(60),
            retryPolicy: RetryPolicy = .default,
            logger: Logger = Logger(label: "datamasque", factory: { _ in SwiftLogNoOpLogHandler() })
        ) throws {
            guard let url = URL(string: baseURL) else {
                throw DataMasqueError(code: .configuration, message: "baseURL '\(baseURL)' is not a URL.")
            }
            try self.init(
                baseURL: url, username: username, password: password, tokenProvider: tokenProvider,
                verifyTLS: verifyTLS, spcsPAT: spcsPAT, timeout: timeout, retryPolicy: retryPolicy, logger: logger
            )
        }

        public var description: String {
            "Configuration(baseURL: \(baseURL.absoluteString), username: \(username), "
                + "credential: \(credential), verifyTLS: \(verifyTLS), "
                + "spcsPAT: \(spcsPAT == nil ? "none" : "set"), timeout: \(timeout))"
        }

        /// A mirror without the password, token provider or PAT, so `dump` cannot reveal them.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "baseURL": baseURL, "username": username, "verifyTLS": verifyTLS,
                    "spcsPAT": spcsPAT == nil ? "none" : "set", "timeout": timeout, "retryPolicy": retryPolicy,
                ],
                displayStyle: .struct)
        }
    }

    /// How a client obtains DataMasque API tokens.
    public enum Credential: Sendable, CustomStringConvertible, CustomReflectable {
        /// Log in with the configured username and this password.
        case password(String)
        /// Ask this closure for a bare API token; called again after every 401.
        case tokenProvider(@Sendable () async throws -> String)

        public var description: String {
            switch self {
            case .password: "password(<redacted>)"
            case .tokenProvider: "tokenProvider"
            }
        }

        public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .enum) }
    }
}
