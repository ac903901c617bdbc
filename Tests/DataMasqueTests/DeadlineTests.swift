import DataMasque
import Foundation
import Synchronization
import Testing

@Suite("Deadlines")
struct DeadlineTests {
    /// A transport that logs in at once and takes `delay` for anything else.
    static func slow(_ delay: Duration) -> ClosureTransport {
        ClosureTransport { request in
            if request.url.path() == "/api/auth/token/login/" { return loginOK }
            try await Task.sleep(for: delay)
            return .json(200, "[]")
        }
    }

    @Test("a call that outlives its deadline fails with a timeout, at the deadline")
    func callDeadline() async throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", username: "admin", password: "s3cret-pass",
            timeout: .init(request: .milliseconds(200)), retryPolicy: .none)
        let client = DataMasqueClient(configuration: configuration, transport: Self.slow(.seconds(600)))
        let started = ContinuousClock.now
        let error = await #expect(throws: DataMasqueError.self) { try await client.send(.GET, "/api/connections/") }
        #expect(error?.code == .timeout)
        #expect(error?.message.contains("deadline") == true)
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    @Test("with(timeout:) overrides the deadline for its calls only, sharing the login")
    func perCallTimeout() async throws {
        let transport = Self.slow(.milliseconds(400))
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        _ = try await client.send(.GET, "/api/connections/")
        let error = await #expect(throws: DataMasqueError.self) {
            try await client.with(timeout: .milliseconds(100)).send(.GET, "/api/connections/")
        }
        #expect(error?.code == .timeout)
        _ = try await client.with(timeout: .seconds(120)).send(.GET, "/api/connections/")
        #expect(transport.requests.filter { $0.url.path() == "/api/auth/token/login/" }.count == 1)
    }

    @Test("a deadline of zero fails every call at once")
    func zeroDeadline() async throws {
        let transport = Self.slow(.zero)
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) {
            try await client.with(timeout: .zero).send(.GET, "/api/healthcheck/", requiresAuthorization: false)
        }
        #expect(error?.code == .timeout)
        #expect(transport.requests.isEmpty)
    }

    @Test("uploads and downloads get the transfer deadline, ordinary calls the request deadline")
    func transferDeadline() async throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", username: "admin", password: "s3cret-pass",
            timeout: .init(request: .milliseconds(100), transfer: .seconds(120)), retryPolicy: .none)
        let client = DataMasqueClient(configuration: configuration, transport: Self.slow(.milliseconds(300)))
        let stream = RequestBody.stream(length: 1, contentType: "text/plain") {
            AsyncThrowingStream { $0.yield(Data("x".utf8)); $0.finish() }
        }
        _ = try await client.send(.PUT, "/api/files/", body: stream)
        await #expect(throws: DataMasqueError.self) { try await client.send(.GET, "/api/files/") }
    }

    @Test("a login is bounded by the deadline of the call that needs it")
    func loginDeadline() async throws {
        let transport = ClosureTransport { _ in
            try await Task.sleep(for: .seconds(600))
            return loginOK
        }
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        let started = ContinuousClock.now
        let error = await #expect(throws: DataMasqueError.self) {
            try await client.with(timeout: .milliseconds(200)).send(.GET, "/api/connections/")
        }
        #expect(error?.code == .timeout)
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    /// A middleware that waits ten minutes before passing the request on.
    private struct HangingMiddleware: DataMasqueMiddleware {
        func intercept(
            _ request: DataMasqueRequest,
            next: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
        ) async throws -> DataMasqueResponse {
            try await Task.sleep(for: .seconds(600))
            return try await next(request)
        }
    }

    @Test("a middleware of your own that never returns still ends the call at its deadline, over the HTTP transport")
    func hangingMiddleware() async throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "http://127.0.0.1:9", credential: .tokenProvider { "provided-token" }, retryPolicy: .none)
        let client = DataMasqueClient(configuration: configuration, middlewares: [HangingMiddleware()])
        let started = ContinuousClock.now
        let error = await #expect(throws: DataMasqueError.self) {
            try await client.with(timeout: .milliseconds(200)).send(.GET, "/api/connections/")
        }
        try await client.shutdown()
        #expect(error?.code == .timeout)
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    /// A client whose token provider is `provide`, over a transport that answers every call at once.
    private static func providerClient(
        _ provide: @escaping @Sendable () async throws -> String
    ) throws -> (DataMasqueClient, ClosureTransport) {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", credential: .tokenProvider(provide), retryPolicy: .none)
        let transport = ClosureTransport { _ in .json(200, "[]") }
        return (DataMasqueClient(configuration: configuration, transport: transport), transport)
    }

    @Test("a token provider that never answers fails the call at its deadline, and the next call asks again")
    func hungTokenProvider() async throws {
        let asked = Atomic(0)
        let (client, transport) = try Self.providerClient {
            if asked.add(1, ordering: .relaxed).newValue == 1 { try await Task.sleep(for: .seconds(600)) }
            return "provided-token"
        }
        let started = ContinuousClock.now
        let error = await #expect(throws: DataMasqueError.self) {
            try await client.with(timeout: .milliseconds(200)).send(.GET, "/api/connections/")
        }
        #expect(error?.code == .timeout)
        #expect(ContinuousClock.now - started < .seconds(60))
        _ = try await client.send(.GET, "/api/connections/")
        #expect(asked.load(ordering: .relaxed) == 2)
        #expect(transport.requests.first?.headers.first(name: "Authorization") == "Token provided-token")
    }

    @Test("a call that joins another's slow login waits only until its own deadline")
    func joinedLoginDeadline() async throws {
        let (client, transport) = try Self.providerClient {
            try await Task.sleep(for: .seconds(600))
            return "provided-token"
        }
        let slow = Task { try await client.with(timeout: .seconds(900)).send(.GET, "/api/connections/") }
        try await Task.sleep(for: .milliseconds(100))
        let started = ContinuousClock.now
        let error = await #expect(throws: DataMasqueError.self) {
            try await client.with(timeout: .milliseconds(100)).send(.GET, "/api/connections/")
        }
        #expect(error?.code == .timeout)
        #expect(ContinuousClock.now - started < .seconds(60))
        slow.cancel()
        #expect(await slow.result.isCancellation)
        #expect(transport.requests.isEmpty)
    }
}

extension Result {
    fileprivate var isCancellation: Bool {
        if case .failure(let error) = self { return error is CancellationError }
        return false
    }
}
