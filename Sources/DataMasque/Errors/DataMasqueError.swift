
/// The one error type the client throws.
///
/// Catch it as a whole, or by kind through ``code``:
///
/// ```swift
/// do {
///     try await client.healthcheck()
/// } catch let error as DataMasqueError where error.code == .notReady {
///     // The server is still starting up; try again shortly.
/// }
/// ```
///
/// Errors from an HTTP response carry it in ``response``,
/// and the request that caused it in ``request``.
/// Neither ``description`` nor ``message`` ever contains a password, token or PAT.
public struct DataMasqueError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, as an open set of kinds.
    public var code: Code
    /// A sentence for people, naming what failed.
    public var message: String
    /// The method and path of the request that failed, when there was one.
    public var request: RequestSummary?
    /// The server's response, when the failure came with one.
    public var response: DataMasqueResponse?
    /// The error underneath, such as a connection failure or a `DecodingError`.
    public var underlyingError: (any Error & Sendable)?
    /// The Snowflake gateway's rejection, for ``Code/spcsGatewayRejected``.
    public var gatewayRejection: SPCSGatewayRejection?
    /// The ruleset library named by the server, for ``Code/invalidLibrary``.
    public var libraryName: String?

    public init(
        code: Code,
        message: String,
        request: RequestSummary? = nil,
        response: DataMasqueResponse? = nil,
        underlyingError: (any Error & Sendable)? = nil,
        gatewayRejection: SPCSGatewayRejection? = nil,
        libraryName: String? = nil
    ) {
        self.code = code
        self.message = message
        self.request = request
        self.response = response
        self.underlyingError = underlyingError
        self.gatewayRejection = gatewayRejection
        self.libraryName = libraryName
    }

    /// The HTTP status of ``response``, if any.
    public var status: Int? { response?.status }

    /// The reason the server gave in its error body, if it gave one.
    ///
    /// Read from DataMasque's usual shapes:
    /// `{"detail": "…"}`, `{"error": "…"}`, `{"message": "…"}`
    /// and field errors such as `{"name": ["…"]}`.
    public var serverMessage: String? { response.flatMap(ServerReason.init(response:))?.text }

    public var description: String {
        var text = "DataMasqueError.\(code): \(message)"
        if let request { text += " [\(request)]" }
        if let underlyingError { text += " (\(String(describing: underlyingError)))" }
        return text
    }
}

extension DataMasqueError {
    /// A kind of ``DataMasqueError``.
    ///
    /// New kinds may be added in minor releases,
    /// so a `switch` over codes needs a `default` branch.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The client was misused, detected before any request: a bad configuration or argument.
        public static let configuration = Code("configuration")
        /// The server answered with an error status (other than 502).
        public static let api = Code("api")
        /// The server refused the login (HTTP 400 or 401): the username, password or token is wrong.
        ///
        /// Other failures while logging in keep their own code:
        /// ``notReady`` for `502`, ``api`` for other statuses,
        /// ``transport`` or ``timeout`` without an answer.
        public static let authenticationFailed = Code("authenticationFailed")
        /// A masking or discovery run was refused.
        public static let failedToStart = Code("failedToStart")
        /// A run was refused because its ruleset is invalid.
        public static let invalidRuleset = Code("invalidRuleset")
        /// A run was refused because a ruleset library it imports is invalid.
        public static let invalidLibrary = Code("invalidLibrary")
        /// A discovery run was refused because its saved discovery config cannot be used.
        public static let invalidDiscoveryConfig = Code("invalidDiscoveryConfig")
        /// A discovery run was refused because its saved discovery config does not exist.
        public static let discoveryConfigNotFound = Code("discoveryConfigNotFound")
        /// Ruleset generation was refused because its generation config does not exist.
        public static let rgConfigNotFound = Code("rgConfigNotFound")
        /// A run could not be cancelled in its current state.
        public static let runNotCancellable = Code("runNotCancellable")
        /// Generated rulesets were asked for before their generation task finished.
        public static let rulesetGenerationInProgress = Code("rulesetGenerationInProgress")
        /// A background ruleset generation task failed or was cancelled, or left no ruleset to download.
        public static let rulesetGenerationFailed = Code("rulesetGenerationFailed")
        /// The server is still starting up (HTTP 502).
        public static let notReady = Code("notReady")
        /// No response arrived: connection refused, DNS, TLS or a dropped connection.
        public static let transport = Code("transport")
        /// The call did not complete before its deadline, or the response stopped arriving for the idle timeout.
        public static let timeout = Code("timeout")
        /// A response did not have the shape the client expected.
        public static let decoding = Code("decoding")
        /// A response was well-formed but unusable, such as an entry without an `id`,
        /// a body larger than the client holds in memory, or too many redirects.
        public static let unexpectedResponse = Code("unexpectedResponse")
        /// The server redirected to another origin (scheme, host or port),
        /// which the client does not follow, so credentials never leave the configured origin.
        public static let redirectRefused = Code("redirectRefused")
        /// The admin server refused to issue an in-flight masking token (a JWT) for the credentials.
        public static let ifmAuthentication = Code("ifmAuthentication")
        /// The Snowflake SPCS gateway rejected the request before DataMasque saw it.
        public static let spcsGatewayRejected = Code("spcsGatewayRejected")

        /// Whether the server answered with an error status.
        ///
        /// True for ``api`` and every kind refined from it:
        /// ``authenticationFailed``, the failed-to-start family and ``rgConfigNotFound``.
        public var isAPIError: Bool {
            self == .api || self == .authenticationFailed || isFailedToStart || self == .rgConfigNotFound
        }

        /// Whether a run start was refused, for any reason.
        public var isFailedToStart: Bool {
            [.failedToStart, .invalidRuleset, .invalidLibrary, .invalidDiscoveryConfig, .discoveryConfigNotFound]
                .contains(self)
        }

        /// Whether the caller misused the client (including a run that cannot be cancelled).
        public var isUsageError: Bool { self == .configuration || self == .runNotCancellable }

        /// Whether no response arrived at all.
        public var isTransportError: Bool { self == .transport || self == .timeout }
    }

    /// The method and path of a failed request, without query parameters or credentials.
    public struct RequestSummary: Hashable, Sendable, CustomStringConvertible {
        public var method: String
        public var path: String
        public init(method: String, path: String) {
            self.method = method
            self.path = path
        }
        public var description: String { "\(method) \(path)" }
    }
}
