import AsyncHTTPClient
import Foundation
import Logging
import NIOHTTP1

/// The machinery every client of this package is built on:
/// the pipeline its calls pass through, its login and token cache, and the HTTP client it may own.
///
/// ``DataMasqueClient`` and ``DataMasqueIFMClient`` differ only in what they put in ``Recipe``
/// and in how they log in.
struct ClientCore: Sendable {
    /// Logs in through the pipeline it is given (retries, gateway steps, redirects and logging, no authentication),
    /// given the tokens the server just rejected or `nil`, by the deadline, if any.
    typealias Login = @Sendable (Pipeline, SessionTokens?, ContinuousClock.Instant?) async throws -> SessionTokens

    /// What makes one client's pipeline.
    struct Recipe: Sendable {
        /// The service that calls go to, and the only origin that sees the token.
        var root: ServiceRoot
        /// The word before the token in `Authorization`, such as `Token`.
        var authorizationScheme: String
        var retryPolicy: RetryPolicy
        var timeout: DataMasqueClient.Configuration.Timeout
        var logger: Logger
        /// Steps every request passes after authentication and before redirects, such as the SPCS gateway's.
        var gatewaySteps: [any DataMasqueMiddleware] = []

        /// The steps nearest the transport, the same for calls and logins.
        var wireSteps: [any DataMasqueMiddleware] {
            gatewaySteps + [RedirectMiddleware(), LoggingMiddleware(logger: logger)]
        }
    }

    let recipe: Recipe
    let pipeline: Pipeline
    let tokens: TokenCache
    let lease: HTTPClientLease?
    private let transport: any DataMasqueTransport
    private let middlewares: [any DataMasqueMiddleware]

    /// Creates a core whose logins go through their own pipeline, with `recipe`'s logger.
    ///
    /// - Parameters:
    ///   - middlewares: The caller's steps, outermost, for calls only.
    ///   - lease: The HTTP client behind `transport`, when the client created it.
    init(
        recipe: Recipe,
        transport: any DataMasqueTransport,
        lease: HTTPClientLease?,
        middlewares: [any DataMasqueMiddleware],
        login: @escaping Login
    ) {
        let loginPipeline = Pipeline(
            middlewares: [RetryMiddleware(policy: recipe.retryPolicy)] + recipe.wireSteps,
            transport: transport, timeout: recipe.timeout)
        let tokens = TokenCache { rejected, deadline in try await login(loginPipeline, rejected, deadline) }
        self.init(
            recipe: recipe, transport: transport, lease: lease, middlewares: middlewares, tokens: tokens, callTimeout: nil)
    }

    private init(
        recipe: Recipe,
        transport: any DataMasqueTransport,
        lease: HTTPClientLease?,
        middlewares: [any DataMasqueMiddleware],
        tokens: TokenCache,
        callTimeout: Duration?
    ) {
        self.recipe = recipe
        self.transport = transport
        self.lease = lease
        self.middlewares = middlewares
        self.tokens = tokens
        let authentication = AuthenticationMiddleware(
            tokens: tokens, origin: Origin(recipe.root.baseURL), scheme: recipe.authorizationScheme)
        self.pipeline = Pipeline(
            middlewares: middlewares + [RetryMiddleware(policy: recipe.retryPolicy), authentication] + recipe.wireSteps,
            transport: transport,
            timeout: recipe.timeout,
            callTimeout: callTimeout
        )
    }

    /// The transport for `httpClient`, or for a new HTTP client that the returned lease owns.
    static func transport(
        httpClient: HTTPClient?,
        verifyTLS: Bool,
        idleTimeout: Duration
    ) -> (any DataMasqueTransport, HTTPClientLease?) {
        if let httpClient { return (HTTPClientTransport(httpClient: httpClient), nil) }
        let lease = HTTPClientLease(verifyTLS: verifyTLS, idleTimeout: idleTimeout)
        return (HTTPClientTransport(httpClient: lease.httpClient), lease)
    }

    /// A core sharing this one's connections and tokens, whose calls have another deadline or logger.
    func with(timeout: Duration?, logger: Logger?) -> ClientCore {
        var recipe = recipe
        if let logger { recipe.logger = logger }
        return ClientCore(
            recipe: recipe, transport: transport, lease: lease, middlewares: middlewares, tokens: tokens,
            callTimeout: timeout ?? pipeline.callTimeout)
    }

    /// Logs in from scratch now, replacing any cached token.
    func authenticate() async throws {
        _ = try await tokens.renew(deadline: pipeline.deadline(for: nil))
    }

    /// Shuts down the HTTP client the core created, if it did.
    func shutdown() async throws {
        try await lease?.shutdown()
    }

    /// Runs `body`, then shuts down as ``shutdown()`` does, even when `body` throws.
    ///
    /// - Throws: What `body` throws, or the error of shutting down.
    func shuttingDown<Result>(after body: () async throws -> Result) async throws -> Result {
        let result: Result
        do {
            result = try await body()
        } catch {
            try? await shutdown()
            throw error
        }
        try await shutdown()
        return result
    }
}

extension ClientCore {
    /// Sends a `GET` and decodes its JSON response.
    func get<Value: Decodable>(
        _ type: Value.Type,
        _ path: String,
        query: [(String, String?)] = [],
        operation: String
    ) async throws -> Value {
        let (request, response) = try await exchange(.GET, path, query: query, operation: operation)
        return try DataMasqueClient.decode(type, from: response, for: request)
    }

    /// Sends `value` as JSON and decodes the JSON response.
    func sendJSON<Value: Decodable>(
        _ method: HTTPMethod,
        _ path: String,
        query: [(String, String?)] = [],
        body: some Encodable,
        decoding type: Value.Type,
        operation: String
    ) async throws -> Value {
        let (request, response) = try await exchange(
            method, path, query: query, body: try .json(body), operation: operation)
        return try DataMasqueClient.decode(type, from: response, for: request)
    }

    /// Sends a request to `path` on the service, checking its status unless told not to,
    /// and returns the request, summarised, with its response.
    func exchange(
        _ method: HTTPMethod,
        _ path: String,
        query: [(String, String?)] = [],
        body: RequestBody = .empty,
        requiresAuthorization: Bool = true,
        checkStatus: Bool = true,
        operation: String
    ) async throws -> (request: DataMasqueError.RequestSummary, response: DataMasqueResponse) {
        let request = recipe.root.request(
            method, path, query: query, body: body,
            requiresAuthorization: requiresAuthorization, operation: operation)
        let response = try await pipeline.send(request)
        return (request.summary, checkStatus ? try DataMasqueClient.checked(response, for: request.summary) : response)
    }
}
