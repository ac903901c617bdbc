public import Foundation
public import Logging

extension DataMasqueIFMClient {
    /// How an in-flight masking client obtains its tokens.
    ///
    /// The same kinds as the admin client's:
    /// ``DataMasqueClient/Credential/password(username:password:)`` logs in to the admin server for a JWT,
    /// and ``DataMasqueClient/Credential/tokenProvider(_:)`` or ``DataMasqueClient/Credential/token(_:)``
    /// supply a bare JWT instead, asked for again after every `401`.
    public typealias Credential = DataMasqueClient.Credential

    /// Everything an in-flight masking client needs: where the admin server and the IFM service are, and how to log in.
    ///
    /// The admin URL and the credential are required;
    /// the IFM URL defaults to the admin URL followed by `/ifm`, the usual deployment,
    /// and everything else has a default.
    ///
    /// ```swift
    /// let configuration = try DataMasqueIFMClient.Configuration(
    ///     adminURL: "https://datamasque.example.com",
    ///     credential: .password(username: "ifm_user", password: password)
    /// )
    /// ```
    ///
    /// The password and the refresh token go only to the admin URL's origin,
    /// and the JWT only to the IFM URL's.
    /// The checked settings (the URLs, the credential and the timeouts) cannot change after creation.
    /// Its `description` shows which credential is set, never its secrets.
    public struct Configuration: Sendable, CustomStringConvertible, CustomReflectable {
        /// The root URL of the DataMasque admin server, which issues and refreshes the JWTs.
        public let adminURL: URL
        /// The root URL of the in-flight masking API, such as `https://datamasque.example.com/ifm`.
        ///
        /// A path prefix is kept: `ruleset-plans/` is requested at `https://datamasque.example.com/ifm/ruleset-plans/`.
        public let ifmURL: URL
        /// How the client obtains JWTs.
        public let credential: Credential
        /// How long calls may take, logins included; see ``DataMasqueClient/Configuration/Timeout``.
        public let timeout: DataMasqueClient.Configuration.Timeout
        /// Whether TLS certificates are verified, on both hosts. Turn off only for a self-signed test instance.
        public var verifyTLS: Bool
        /// When and how requests are retried.
        public var retryPolicy: RetryPolicy
        /// Where the client logs. Silent by default.
        ///
        /// ``DataMasqueIFMClient/with(timeout:logger:)`` overrides it for some calls.
        public var logger: Logger

        /// Creates a configuration, checking the URLs and the timeouts.
        ///
        /// - Parameters:
        ///   - adminURL: The admin server: an `http` or `https` URL with a host, and a port from 1 to 65535 if it has one.
        ///   - ifmURL: The in-flight masking API, checked likewise; `nil` for `adminURL` followed by `/ifm`.
        ///   - credential: How to obtain JWTs, such as ``DataMasqueClient/Credential/password(username:password:)``.
        ///   - verifyTLS: Whether TLS certificates are verified.
        ///   - timeout: How long calls may take.
        ///   - retryPolicy: When and how requests are retried.
        ///   - logger: Where the client logs.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when a URL is unusable or a timeout is not positive.
        public init(
            adminURL: URL,
            ifmURL: URL? = nil,
            credential: Credential,
            verifyTLS: Bool = true,
            timeout: DataMasqueClient.Configuration.Timeout = .init(),
            retryPolicy: RetryPolicy = .default,
            logger: Logger = Logger(label: "datamasque", factory: { _ in SwiftLogNoOpLogHandler() })
        ) throws {
            try DataMasqueClient.Configuration.check(adminURL, named: "adminURL")
            let ifmURL = try ifmURL ?? DataMasqueClient.Configuration.url(Self.defaultIFMURL(for: adminURL), named: "ifmURL")
            try DataMasqueClient.Configuration.check(ifmURL, named: "ifmURL")
            try timeout.check()
            self.adminURL = adminURL
            self.ifmURL = ifmURL
            self.credential = credential
            self.timeout = timeout
            self.verifyTLS = verifyTLS
            self.retryPolicy = retryPolicy
            self.logger = logger
        }

        /// Creates a configuration from URL strings.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when a URL does not parse, is not `http` or `https`, has no host or an invalid port,
        ///   or when a timeout is not positive.
        public init(
            adminURL: String,
            ifmURL: String? = nil,
            credential: Credential,
            verifyTLS: Bool = true,
            timeout: DataMasqueClient.Configuration.Timeout = .init(),
            retryPolicy: RetryPolicy = .default,
            logger: Logger = Logger(label: "datamasque", factory: { _ in SwiftLogNoOpLogHandler() })
        ) throws {
            try self.init(
                adminURL: DataMasqueClient.Configuration.url(adminURL, named: "adminURL"),
                ifmURL: ifmURL.map { try DataMasqueClient.Configuration.url($0, named: "ifmURL") },
                credential: credential, verifyTLS: verifyTLS, timeout: timeout, retryPolicy: retryPolicy, logger: logger)
        }

        /// `adminURL` without trailing slashes, followed by `/ifm`.
        static func defaultIFMURL(for adminURL: URL) -> String {
            var text = adminURL.absoluteString
            while text.hasSuffix("/") { text.removeLast() }
            return text + "/ifm"
        }

        public var description: String {
            "Configuration(adminURL: \(adminURL.absoluteString.removingURLUserInfo), "
                + "ifmURL: \(ifmURL.absoluteString.removingURLUserInfo), credential: \(credential), "
                + "verifyTLS: \(verifyTLS), timeout: \(timeout))"
        }

        /// A mirror without the password or token provider, so `dump` cannot reveal them.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "adminURL": adminURL.absoluteString.removingURLUserInfo,
                    "ifmURL": ifmURL.absoluteString.removingURLUserInfo, "credential": credential.description,
                    "verifyTLS": verifyTLS, "timeout": timeout, "retryPolicy": retryPolicy,
                ],
                displayStyle: .struct)
        }
    }
}
