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
}
