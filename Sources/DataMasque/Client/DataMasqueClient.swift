public import AsyncHTTPClient
import Foundation
import Logging

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
public final class DataMasqueClient: Sendable {
    /// This package's release, as sent in the `User-Agent` header.
    public static let version = "0.1.0"

    /// The configuration the client was created with.
    public let configuration: Configuration
    let pipeline: Pipeline
    let tokens: TokenStore
    private let lease: HTTPClientLease?

    /// Creates a client that sends its requests with AsyncHTTPClient.
    ///
    /// - Parameters:
    ///   - configuration: Where the instance is and how to log in.
    ///   - httpClient: An HTTP client to use instead of creating one.
    ///     The DataMasque client never shuts it down,
    ///     and its own TLS settings apply instead of ``Configuration/verifyTLS``.
    ///   - middlewares: Steps every request passes through first, outermost first.
    public convenience init(
        configuration: Configuration,
        httpClient: HTTPClient? = nil,
        middlewares: [any DataMasqueMiddleware] = []
    ) {
        let lease = httpClient == nil ? HTTPClientLease(
            verifyTLS: configuration.verifyTLS, connectTimeout: min(configuration.timeout, .seconds(10))) : nil
        let transport = HTTPClientTransport(httpClient: httpClient ?? lease!.httpClient)
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

    private init(
        configuration: Configuration,
        transport: any DataMasqueTransport,
        middlewares: [any DataMasqueMiddleware],
        lease: HTTPClientLease?
    ) {
        self.configuration = configuration
        self.lease = lease
        var wire: [any DataMasqueMiddleware] = []
        if let pat = configuration.spcsPAT { wire.append(SPCSGatewayMiddleware(pat: pat)) }
        wire.append(LoggingMiddleware(logger: configuration.logger))
        let loginPipeline = Pipeline(middlewares: wire, transport: transport, timeout: configuration.timeout)
        let tokens = TokenStore { [configuration] in
            try await Login.obtainToken(configuration: configuration, pipeline: loginPipeline)
        }
        self.tokens = tokens
        self.pipeline = Pipeline(
            middlewares: middlewares
                + [RetryMiddleware(policy: configuration.retryPolicy), AuthenticationMiddleware(tokens: tokens)]
                + wire,
            transport: transport,
            timeout: configuration.timeout
        )
    }

    /// Shuts down the HTTP client this client created.
    ///
    /// Does nothing to an HTTP client passed in at creation.
    public func shutdown() async throws {
        try await lease?.shutdown()
    }

    /// The connections stored on the instance.
    public var connections: Connections { Connections(client: self) }

    /// Logs in now and caches the token, replacing any cached one.
    ///
    /// Optional: the client logs in by itself when it first needs a token.
    /// With a token provider, this asks the provider for a token.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` when the login is refused,
    ///   ``DataMasqueError/Code/notReady`` while the server starts,
    ///   or whatever the token provider throws.
    public func authenticate() async throws {
        _ = try await tokens.renew()
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
    let result: Result
    do {
        result = try await body(client)
    } catch {
        try? await client.shutdown()
        throw error
    }
    try await client.shutdown()
    return result
}
