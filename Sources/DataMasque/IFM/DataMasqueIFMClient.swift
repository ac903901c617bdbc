public import AsyncHTTPClient
public import Logging

/// A client for DataMasque's in-flight masking (IFM) service:
/// ruleset plans, and masking records with them in a single call.
///
/// In-flight masking masks JSON records inside an application's own requests, without a database:
/// the records go to a ruleset plan and come back masked.
/// The service has its own URL and its own authentication:
/// a JWT that the admin server issues for a DataMasque user.
///
/// ```swift
/// let configuration = try DataMasqueIFMClient.Configuration(
///     adminURL: "https://datamasque.example.com",
///     credential: .password(username: "ifm_user", password: password)
/// )
/// try await withDataMasqueIFMClient(configuration) { ifm in
///     let result = try await ifm.mask(plan: "customers-a1b2c3", records: customers)
///     print(result.records)
/// }
/// ```
///
/// Safe to share across tasks:
/// concurrent calls share one connection pool and one login.
/// The client logs in before its first call,
/// and answers a `401` with one refresh of the JWT (or one new login) and one replay of the request.
/// It shares its transport, middleware, retries, deadlines and logging with ``DataMasqueClient``.
///
/// A client made without an `httpClient` owns one;
/// call ``shutdown()`` once you are done with it, or let ``withDataMasqueIFMClient(_:_:)`` do so.
public final class DataMasqueIFMClient: Sendable {
    /// The configuration the client was created with, with the logger of ``with(timeout:logger:)`` if one was given.
    public let configuration: Configuration
    let core: ClientCore

    /// Creates a client that sends its requests with AsyncHTTPClient.
    ///
    /// - Parameters:
    ///   - configuration: Where the admin server and the IFM service are, and how to log in.
    ///   - httpClient: An HTTP client to use instead of creating one.
    ///     The IFM client never shuts it down,
    ///     and its own settings apply instead of ``Configuration/verifyTLS``
    ///     and the idle timeout of ``Configuration/timeout``.
    ///     Create it with `redirectConfiguration: .disallow`,
    ///     so the IFM client handles redirects and keeps each credential on its own origin.
    ///   - middlewares: Steps every IFM request passes through first, outermost first.
    public convenience init(
        configuration: Configuration,
        httpClient: HTTPClient? = nil,
        middlewares: [any DataMasqueMiddleware] = []
    ) {
        let (transport, lease) = ClientCore.transport(
            httpClient: httpClient, verifyTLS: configuration.verifyTLS, idleTimeout: configuration.timeout.idle)
        self.init(configuration: configuration, transport: transport, middlewares: middlewares, lease: lease)
    }

    /// Creates a client that sends its requests, logins included, through `transport`.
    public convenience init(
        configuration: Configuration,
        transport: any DataMasqueTransport,
        middlewares: [any DataMasqueMiddleware] = []
    ) {
        self.init(configuration: configuration, transport: transport, middlewares: middlewares, lease: nil)
    }

    private convenience init(
        configuration: Configuration,
        transport: any DataMasqueTransport,
        middlewares: [any DataMasqueMiddleware],
        lease: HTTPClientLease?
    ) {
        let recipe = ClientCore.Recipe(
            root: ServiceRoot(configuration.ifmURL), authorizationScheme: "Bearer",
            retryPolicy: configuration.retryPolicy, timeout: configuration.timeout, logger: configuration.logger)
        let core = ClientCore(recipe: recipe, transport: transport, lease: lease, middlewares: middlewares) {
            [configuration] pipeline, rejected, deadline in
            try await JWTLogin.obtainTokens(
                configuration: configuration, pipeline: pipeline, rejected: rejected, deadline: deadline)
        }
        self.init(configuration: configuration, core: core)
    }

    private init(configuration: Configuration, core: ClientCore) {
        self.configuration = configuration
        self.core = core
    }

    /// A view of this client whose calls have a different deadline (`timeout`) or `logger`,
    /// sharing its connections and tokens, as ``DataMasqueClient/with(timeout:logger:)`` makes for the admin API.
    public func with(timeout: Duration? = nil, logger: Logger? = nil) -> DataMasqueIFMClient {
        var configuration = configuration
        if let logger { configuration.logger = logger }
        return DataMasqueIFMClient(configuration: configuration, core: core.with(timeout: timeout, logger: logger))
    }

    /// Shuts down the HTTP client this client created, but never one passed in at creation.
    public func shutdown() async throws {
        try await core.shutdown()
    }

    /// Obtains a JWT now and caches it, replacing any cached one.
    ///
    /// Optional: the client logs in by itself before its first call.
    /// With a password, this logs in to the admin server;
    /// with a token provider, it asks the provider for a token.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/ifmAuthentication``
    ///   when the admin server refuses to issue a token,
    ///   ``DataMasqueError/Code/notReady`` while it starts,
    ///   ``DataMasqueError/Code/transport`` when it cannot be reached,
    ///   or whatever the token provider throws.
    public func authenticate() async throws {
        try await core.authenticate()
    }

    /// The scopes the current JWT grants, such as `ifm/mask`.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `401`
    ///   when the service refuses the token after one renewal.
    public func verifyToken() async throws -> IFMTokenInfo {
        try await core.get(IFMTokenInfo.self, "verify-token/", operation: "ifm.verifyToken")
    }

    /// The ruleset plans stored in the service.
    public var rulesetPlans: RulesetPlans { RulesetPlans(client: self) }
}

/// Runs `body` with a new in-flight masking client and shuts the client down afterwards, even when `body` throws.
///
/// ```swift
/// let plans = try await withDataMasqueIFMClient(configuration) { ifm in
///     try await ifm.rulesetPlans.list().map(\.name)
/// }
/// ```
///
/// - Returns: What `body` returns.
/// - Throws: What `body` throws, or the error of shutting the client down.
public func withDataMasqueIFMClient<Result: Sendable>(
    _ configuration: DataMasqueIFMClient.Configuration,
    _ body: (DataMasqueIFMClient) async throws -> Result
) async throws -> Result {
    let client = DataMasqueIFMClient(configuration: configuration)
    return try await client.core.shuttingDown { try await body(client) }
}
