public import AsyncHTTPClient
import Foundation
public import Logging

/// A client for one DataMasque instance's admin API.
///
/// Safe to share across tasks:
/// concurrent calls share one connection pool and one login.
/// The client logs in on first use,
/// and answers a `401` with one re-login and one replay of the request.
///
/// ```swift
/// try await withDataMasqueClient(configuration) { client in
///     for connection in try await client.connections.list() {
///         print(connection.name)
///     }
/// }
/// ```
///
/// A client made with ``init(configuration:httpClient:middlewares:)`` and no `httpClient`
/// owns an HTTP client; call ``shutdown()`` once you are done with it,
/// or let ``withDataMasqueClient(_:_:)`` do so:
///
/// ```swift
/// let client = DataMasqueClient(configuration: configuration)
/// do {
///     try await client.healthcheck()
/// } catch {
///     try await client.shutdown()
///     throw error
/// }
/// try await client.shutdown()
/// ```
///
/// Feature areas hang off the client as resource groups, such as ``connections`` and ``runs``.
/// For a different deadline or logger on some calls, use ``with(timeout:logger:)``.
public final class DataMasqueClient: Sendable {
    /// This package's release, as sent in the `User-Agent` header.
    public static let version = "0.1.0"

    /// The configuration the client was created with, with the logger of ``with(timeout:logger:)`` if one was given.
    public let configuration: Configuration
    let core: ClientCore
    var pipeline: Pipeline { core.pipeline }

    /// Creates a client that sends its requests with AsyncHTTPClient.
    ///
    /// - Parameters:
    ///   - configuration: Where the instance is and how to log in.
    ///   - httpClient: An HTTP client to use instead of creating one.
    ///     The DataMasque client never shuts it down,
    ///     and its own settings apply instead of ``Configuration/verifyTLS`` and ``Configuration/Timeout/idle``.
    ///     Create it with `redirectConfiguration: .disallow`,
    ///     so the DataMasque client handles redirects and keeps credentials on the configured origin.
    ///   - middlewares: Steps every request passes through first, outermost first.
    public convenience init(
        configuration: Configuration,
        httpClient: HTTPClient? = nil,
        middlewares: [any DataMasqueMiddleware] = []
    ) {
        let (transport, lease) = ClientCore.transport(
            httpClient: httpClient, verifyTLS: configuration.verifyTLS, idleTimeout: configuration.timeout.idle)
        self.init(configuration: configuration, transport: transport, middlewares: middlewares, lease: lease)
    }

    /// Creates a client that sends its requests through `transport`.
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
        var recipe = ClientCore.Recipe(
            root: configuration.root, authorizationScheme: "Token", retryPolicy: configuration.retryPolicy,
            timeout: configuration.timeout, logger: configuration.logger)
        if let pat = configuration.spcsPAT {
            recipe.gatewaySteps = [SPCSGatewayMiddleware(pat: pat, origin: Origin(configuration.baseURL))]
        }
        let core = ClientCore(recipe: recipe, transport: transport, lease: lease, middlewares: middlewares) {
            [configuration] pipeline, _, deadline in
            SessionTokens(
                access: try await Login.obtainToken(configuration: configuration, pipeline: pipeline, deadline: deadline))
        }
        self.init(configuration: configuration, core: core)
    }

    private init(configuration: Configuration, core: ClientCore) {
        self.configuration = configuration
        self.core = core
    }

    /// A view of this client whose calls have a different deadline or logger.
    ///
    /// The view shares this client's connections, login and token,
    /// so making one is cheap, and it can be made for a single call:
    ///
    /// ```swift
    /// let run = try await client.with(timeout: .seconds(5), logger: logger).runs.get(id: runID)
    /// ```
    ///
    /// Shutting down either one shuts down the HTTP client they share.
    ///
    /// - Parameters:
    ///   - timeout: The deadline of each call made through the view, transfers and retries included;
    ///     `nil` keeps this client's. A deadline of zero or less fails every call with ``DataMasqueError/Code/timeout``.
    ///   - logger: Where the view's calls log; `nil` keeps this client's.
    ///     A login logs to the logger of the client that created the login.
    public func with(timeout: Duration? = nil, logger: Logger? = nil) -> DataMasqueClient {
        var configuration = configuration
        if let logger { configuration.logger = logger }
        return DataMasqueClient(configuration: configuration, core: core.with(timeout: timeout, logger: logger))
    }

    /// Shuts down the HTTP client this client created.
    ///
    /// Does nothing to an HTTP client passed in at creation.
    public func shutdown() async throws {
        try await core.shutdown()
    }

    /// The connections stored on the instance.
    public var connections: Connections { Connections(client: self) }

    /// Logs in now and caches the token, replacing any cached one.
    ///
    /// Optional: the client logs in by itself when it first needs a token.
    /// With a token provider, this asks the provider for a token.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/authenticationFailed``
    ///   when the server refuses the username and password (HTTP 400 or 401),
    ///   ``DataMasqueError/Code/notReady`` while the server starts,
    ///   ``DataMasqueError/Code/api`` for another error status
    ///   (after the retries ``Configuration/retryPolicy`` allows for `429`, `502`, `503` and `504`),
    ///   or whatever the token provider throws.
    public func authenticate() async throws {
        try await core.authenticate()
    }

    /// Checks that the instance is up, without logging in.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/notReady`` while the server starts,
    ///   ``DataMasqueError/Code/transport`` when it cannot be reached.
    public func healthcheck() async throws {
        _ = try await send(.GET, "/api/healthcheck/", requiresAuthorization: false, operation: "healthcheck")
    }
}

/// Runs `body` with a new client and shuts the client down afterwards, even when `body` throws.
///
/// ```swift
/// let names = try await withDataMasqueClient(configuration) { client in
///     try await client.rulesets.list().map(\.name)
/// }
/// ```
///
/// - Returns: What `body` returns.
/// - Throws: What `body` throws, or the error of shutting the client down.
public func withDataMasqueClient<Result: Sendable>(
    _ configuration: DataMasqueClient.Configuration,
    _ body: (DataMasqueClient) async throws -> Result
) async throws -> Result {
    let client = DataMasqueClient(configuration: configuration)
    return try await client.core.shuttingDown { try await body(client) }
}
