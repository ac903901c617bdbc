public import Foundation
public import Logging

extension DataMasqueClient {
    /// Everything a client needs to reach one DataMasque instance.
    ///
    /// The base URL and the credential are required;
    /// everything else has a default.
    ///
    /// ```swift
    /// let configuration = try DataMasqueClient.Configuration(
    ///     baseURL: "https://datamasque.example.com",
    ///     credential: .password(username: "admin", password: password)
    /// )
    /// ```
    ///
    /// The checked settings (the URL, the credential and the timeouts) cannot change after creation,
    /// so a configuration that exists is valid.
    /// Its `description` shows which credentials are set, never their values.
    public struct Configuration: Sendable, CustomStringConvertible, CustomReflectable {
        /// The root URL of the DataMasque admin server, such as `https://datamasque.example.com`.
        ///
        /// Credentials go only to this URL's origin (scheme, host and port).
        public let baseURL: URL
        /// How the client obtains DataMasque API tokens.
        public let credential: Credential
        /// How long calls may take; see ``Timeout``.
        public let timeout: Timeout
        /// Whether TLS certificates are verified. Turn off only for a self-signed test instance.
        public var verifyTLS: Bool
        /// The Snowflake Programmatic Access Token for an instance hosted on Snowpark Container Services.
        ///
        /// When set, every request to the base URL's origin carries it in `X-SF-SPCS-Authorization`,
        /// and a rejection by the Snowflake gateway throws ``DataMasqueError/Code/spcsGatewayRejected``.
        public var spcsPAT: String?
        /// When and how requests are retried.
        public var retryPolicy: RetryPolicy
        /// Where the client logs. Silent by default.
        ///
        /// ``DataMasqueClient/with(timeout:logger:)`` overrides it for some calls.
        public var logger: Logger

        /// Creates a configuration, checking the URL and the timeouts.
        ///
        /// - Parameters:
        ///   - baseURL: An `http` or `https` URL with a host, and a port from 1 to 65535 if it has one.
        ///   - credential: How to obtain API tokens, such as ``Credential/password(username:password:)``.
        ///   - verifyTLS: Whether TLS certificates are verified.
        ///   - spcsPAT: A Snowflake Programmatic Access Token, for an instance on Snowpark Container Services.
        ///   - timeout: How long calls may take.
        ///   - retryPolicy: When and how requests are retried.
        ///   - logger: Where the client logs.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when the URL is unusable or a timeout is not positive.
        public init(
            baseURL: URL,
            credential: Credential,
            verifyTLS: Bool = true,
            spcsPAT: String? = nil,
            timeout: Timeout = Timeout(),
            retryPolicy: RetryPolicy = .default,
            logger: Logger = Logger(label: "datamasque", factory: { _ in SwiftLogNoOpLogHandler() })
        ) throws {
            try Self.check(baseURL)
            try timeout.check()
            self.baseURL = baseURL
            self.credential = credential
            self.timeout = timeout
            self.verifyTLS = verifyTLS
            self.spcsPAT = spcsPAT
            self.retryPolicy = retryPolicy
            self.logger = logger
        }

        /// Creates a configuration from a URL string.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `baseURL` does not parse, is not `http` or `https`, has no host or an invalid port,
        ///   or when a timeout is not positive.
        public init(
            baseURL: String,
            credential: Credential,
            verifyTLS: Bool = true,
            spcsPAT: String? = nil,
            timeout: Timeout = Timeout(),
            retryPolicy: RetryPolicy = .default,
            logger: Logger = Logger(label: "datamasque", factory: { _ in SwiftLogNoOpLogHandler() })
        ) throws {
            try self.init(
                baseURL: Self.url(baseURL, named: "baseURL"), credential: credential, verifyTLS: verifyTLS, spcsPAT: spcsPAT,
                timeout: timeout, retryPolicy: retryPolicy, logger: logger)
        }

        /// Creates a configuration that logs in with a username and password.
        ///
        /// The same as passing ``Credential/password(username:password:)`` as the credential.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when the URL is unusable or a timeout is not positive.
        public init(
            baseURL: String,
            username: String,
            password: String,
            verifyTLS: Bool = true,
            spcsPAT: String? = nil,
            timeout: Timeout = Timeout(),
            retryPolicy: RetryPolicy = .default,
            logger: Logger = Logger(label: "datamasque", factory: { _ in SwiftLogNoOpLogHandler() })
        ) throws {
            try self.init(
                baseURL: baseURL, credential: .password(username: username, password: password),
                verifyTLS: verifyTLS, spcsPAT: spcsPAT, timeout: timeout, retryPolicy: retryPolicy, logger: logger)
        }

        public var description: String {
            "Configuration(baseURL: \(baseURL.absoluteString.removingURLUserInfo), "
                + "credential: \(credential), verifyTLS: \(verifyTLS), "
                + "spcsPAT: \(spcsPAT == nil ? "none" : "set"), timeout: \(timeout))"
        }

        /// A mirror without the password, token provider or PAT, so `dump` cannot reveal them.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "baseURL": baseURL.absoluteString.removingURLUserInfo, "credential": credential.description,
                    "verifyTLS": verifyTLS, "spcsPAT": spcsPAT == nil ? "none" : "set", "timeout": timeout,
                    "retryPolicy": retryPolicy,
                ],
                displayStyle: .struct)
        }

        /// Parses `text` as a base URL and checks it as the initialisers do,
        /// so that a tool can refuse an unusable URL before it stores it.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `text` does not parse, is not `http` or `https`, has no host or an invalid port.
        public static func baseURL(_ text: String) throws -> URL {
            try url(text, named: "baseURL")
        }

        /// Parses `text` as the URL of a service, naming it `name` in errors.
        static func url(_ text: String, named name: String) throws -> URL {
            guard let url = URL(string: text) else {
                throw DataMasqueError(code: .configuration, message: "\(name) '\(text.removingURLUserInfo)' is not a URL.")
            }
            try check(url, named: name)
            return url
        }

        /// Throws unless `url` is an `http` or `https` URL with a host and, if it has a port, a valid one,
        /// naming it `name` in errors.
        static func check(_ url: URL, named name: String = "baseURL") throws {
            let shown = url.absoluteString.removingURLUserInfo
            guard let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
                throw DataMasqueError(
                    code: .configuration,
                    message: "\(name) '\(shown)' must start with http:// or https://.")
            }
            guard let host = url.host(), !host.isEmpty else {
                throw DataMasqueError(code: .configuration, message: "\(name) '\(shown)' has no host name.")
            }
            if let port = url.port, !(1...65535).contains(port) {
                throw DataMasqueError(
                    code: .configuration,
                    message: "\(name) '\(shown)' has port \(port), outside the range 1 to 65535.")
            }
        }
    }
}
