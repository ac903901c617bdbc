import AsyncHTTPClient
import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Synchronization
import Testing

/// Hostile servers and networks over loopback: each case ends in the documented error,
/// or in a successful retry, within a bounded time, and no error text holds a secret.
@Suite("Fault suite")
struct FaultSuiteTests {
    static let password = "fault-suite-password"
    static let pat = "fault-suite-pat"
    static let quick = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50))

    static func configuration(
        _ url: URL,
        timeout: DataMasqueClient.Configuration.Timeout = .init(request: .seconds(20)),
        retryPolicy: RetryPolicy = .none,
        spcsPAT: String? = nil
    ) throws -> DataMasqueClient.Configuration {
        try DataMasqueClient.Configuration(
            baseURL: url, credential: .password(username: "admin", password: password),
            spcsPAT: spcsPAT, timeout: timeout, retryPolicy: retryPolicy)
    }

    /// Answers the login with a token and everything else with `answer`.
    static func loggingIn(
        _ answer: @escaping @Sendable (MisbehavingRequest) async -> MisbehavingResponse
    ) -> @Sendable (MisbehavingRequest) async -> MisbehavingResponse {
        { request in
            request.path == "/api/auth/token/login/" ? .json(200, #"{"key": "fault-suite-token"}"#) : await answer(request)
        }
    }

    /// Runs `call` and returns its error, checking the time it took and that no secret shows.
    static func failure(
        within limit: Duration,
        _ call: () async throws -> Void,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async -> DataMasqueError? {
        let started = ContinuousClock.now
        let error = await #expect(throws: DataMasqueError.self, sourceLocation: sourceLocation) { try await call() }
        #expect(ContinuousClock.now - started < limit, sourceLocation: sourceLocation)
        let text = error.map { "\($0) \($0.message)" } ?? ""
        for secret in [password, pat, "fault-suite-token"] {
            #expect(!text.contains(secret), sourceLocation: sourceLocation)
        }
        return error
    }

    @Test("stalled body: headers then silence ends at the call's deadline")
    func stalledBody() async throws {
        try await withMisbehavingServer(Self.loggingIn { _ in .stallAfterHeaders() }) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL, timeout: .init(request: .milliseconds(500)))) { client in
                let error = await Self.failure(within: .seconds(30)) { _ = try await client.connections.list() }
                #expect(error?.code == .timeout)
            }
        }
    }

    @Test("stalled body: cancelling the call's task ends it at once with CancellationError")
    func stalledBodyCancelled() async throws {
        try await withMisbehavingServer(Self.loggingIn { _ in .stallAfterHeaders() }) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL, timeout: .init(request: .seconds(120)))) { client in
                let call = Task { try await client.connections.list() }
                for _ in 0..<1_500 where await server.requests.count < 2 {
                    try await Task.sleep(for: .milliseconds(10))
                }
                let started = ContinuousClock.now
                call.cancel()
                let result = await call.result
                #expect(ContinuousClock.now - started < .seconds(30))
                #expect(throws: CancellationError.self) { try result.get() }
            }
        }
    }

    @Test("stalled body: the idle timeout ends it before a long deadline")
    func stalledBodyIdle() async throws {
        let timeout = DataMasqueClient.Configuration.Timeout(request: .seconds(120), idle: .milliseconds(300))
        try await withMisbehavingServer(Self.loggingIn { _ in .stallAfterHeaders() }) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL, timeout: timeout)) { client in
                let error = await Self.failure(within: .seconds(30)) { _ = try await client.connections.list() }
                #expect(error?.code == .timeout)
            }
        }
    }

    @Test("drip: a byte every 100 ms forever still ends at the deadline")
    func drip() async throws {
        let timeout = DataMasqueClient.Configuration.Timeout(request: .milliseconds(700), idle: .seconds(5))
        try await withMisbehavingServer(Self.loggingIn { _ in .drip(every: .milliseconds(100)) }) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL, timeout: timeout)) { client in
                let error = await Self.failure(within: .seconds(30)) { _ = try await client.connections.list() }
                #expect(error?.code == .timeout)
            }
        }
    }

    @Test("drip into a download: ends at the transfer deadline, leaving no file")
    func dripDownload() async throws {
        let timeout = DataMasqueClient.Configuration.Timeout(request: .seconds(30), transfer: .milliseconds(700), idle: .seconds(5))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withMisbehavingServer(Self.loggingIn { _ in .drip(every: .milliseconds(100)) }) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL, timeout: timeout)) { client in
                let destination = directory.appendingPathComponent("report.csv")
                let error = await Self.failure(within: .seconds(30)) {
                    try await client.download("/api/runs/1/run-report/", to: destination)
                }
                #expect(error?.code == .timeout)
                let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                #expect(left.isEmpty)
            }
        }
    }

    @Test("huge Retry-After from the emulator: retried after the policy's cap, no crash")
    func hugeRetryAfter() async throws {
        try await withEmulator { emulator in
            await emulator.control.injectFault(
                EmulatorFault(path: "/api/healthcheck/", status: 503, count: 1, retryAfter: Int.max))
            try await withDataMasqueClient(try emulator.clientConfiguration(retryPolicy: Self.quick)) { client in
                let started = ContinuousClock.now
                try await client.healthcheck()
                #expect(ContinuousClock.now - started < .seconds(30))
            }
        }
    }

    @Test("huge, infinite and garbled Retry-After from a server never crash", arguments: ["1e300", "inf", "-1", "soon"])
    func hostileRetryAfter(_ value: String) async throws {
        let calls = Mutex(0)
        let respond: @Sendable (MisbehavingRequest) async -> MisbehavingResponse = { _ in
            let call = calls.withLock { count in
                count += 1
                return count
            }
            return call == 1 ? .json(503, "{}", headers: [("Retry-After", value)]) : .json(200, "{}")
        }
        try await withMisbehavingServer(respond) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL, retryPolicy: Self.quick)) { client in
                try await client.healthcheck()
            }
            #expect(await server.requests.count == 2)
        }
    }

    @Test("redirect to another origin: refused, and the other origin never sees a credential")
    func crossOriginRedirect() async throws {
        try await withMisbehavingServer({ _ in .json(200, "[]") }) { other in
            let target = other.baseURL.absoluteString + "/api/connections/"
            try await withMisbehavingServer(Self.loggingIn { _ in .redirect(302, to: target) }) { server in
                let configuration = try Self.configuration(server.baseURL, spcsPAT: Self.pat)
                try await withDataMasqueClient(configuration) { client in
                    let error = await Self.failure(within: .seconds(30)) { _ = try await client.connections.list() }
                    #expect(error?.code == .redirectRefused)
                    #expect(error?.message.contains(other.baseURL.host() ?? "?") == true)
                }
            }
            #expect(await other.requests.isEmpty)
        }
    }

    @Test("redirect within the origin: followed, credentials kept, a 303 turns a POST into a GET")
    func sameOriginRedirect() async throws {
        let respond = Self.loggingIn { request in
            switch request.path {
            case "/api/generate/": .redirect(303, to: "/api/generated/")
            case "/api/old/": .redirect(308, to: "/api/generated/")
            default: .json(200, #"{"ok": true}"#)
            }
        }
        try await withMisbehavingServer(respond) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL, spcsPAT: Self.pat)) { client in
                let response = try await client.send(.POST, "/api/generate/", body: try .json(["a": 1]))
                #expect(response.json?["ok"] == true)
                _ = try await client.send(.GET, "/api/old/")
            }
            let followed = await server.requests.filter { $0.path == "/api/generated/" }
            #expect(followed.map(\.method) == ["GET", "GET"])
            #expect(followed.allSatisfy { $0.header("Authorization") == "Token fault-suite-token" })
            #expect(followed.allSatisfy { $0.header("X-SF-SPCS-Authorization")?.contains(Self.pat) == true })
        }
    }

    @Test("refused connection: reported at once, and retried only as the policy says")
    func refusedConnection() async throws {
        let closed = try await withMisbehavingServer({ _ in .json(200, "{}") }) { $0.baseURL }
        let patient = DataMasqueClient.Configuration.Timeout(request: .seconds(30))
        try await withDataMasqueClient(try Self.configuration(closed, timeout: patient)) { client in
            let error = await Self.failure(within: .seconds(8)) { try await client.healthcheck() }
            #expect(error?.code == .transport)
        }
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(100), maxDelay: .milliseconds(200))
        try await withDataMasqueClient(try Self.configuration(closed, timeout: patient, retryPolicy: policy)) { client in
            let started = ContinuousClock.now
            let error = await Self.failure(within: .seconds(30)) { try await client.healthcheck() }
            #expect(error?.code == .transport)
            #expect(ContinuousClock.now - started >= .milliseconds(150))
        }
    }

    @Test("reset mid-body: the body is cut short, a transport error")
    func resetMidBody() async throws {
        try await withMisbehavingServer(Self.loggingIn { _ in .cutOff(after: #"[{"id": 1, "na"#, declaredLength: 4096) }) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL)) { client in
                let error = await Self.failure(within: .seconds(30)) { _ = try await client.connections.list() }
                #expect(error?.code == .transport)
            }
        }
    }

    @Test("HTML 500: an API error with the status, not a decoding error")
    func html500() async throws {
        try await withMisbehavingServer(Self.loggingIn { _ in .html(500) }) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL)) { client in
                let error = await Self.failure(within: .seconds(30)) { _ = try await client.connections.list() }
                #expect(error?.code == .api)
                #expect(error?.status == 500)
            }
        }
    }

    @Test("truncated JSON: a decoding error")
    func truncatedJSON() async throws {
        try await withMisbehavingServer(Self.loggingIn { _ in .json(200, #"[{"id": "1", "name": "#) }) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL)) { client in
                let error = await Self.failure(within: .seconds(30)) { _ = try await client.connections.list() }
                #expect(error?.code == .decoding)
            }
        }
    }

    @Test("wrong-shape JSON: a decoding error naming the missing field")
    func wrongShapeJSON() async throws {
        try await withMisbehavingServer(Self.loggingIn { _ in .json(200, #"{"unexpected": true}"#) }) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL)) { client in
                let error = await Self.failure(within: .seconds(30)) { _ = try await client.runs.get(id: 1) }
                #expect(error?.code == .decoding)
                #expect(error?.message.contains("field 'id'") == true)
            }
        }
    }

    @Test("a body over the in-memory cap: said in words, not a type dump")
    func bodyTooLarge() async throws {
        let big = "[" + String(repeating: "0,", count: 2000) + "0]"
        try await withMisbehavingServer(Self.loggingIn { _ in .json(200, big) }) { server in
            let httpClient = HTTPClient(eventLoopGroupProvider: .singleton)
            defer { _ = Task { try? await httpClient.shutdown() } }
            let client = DataMasqueClient(
                configuration: try Self.configuration(server.baseURL),
                transport: HTTPClientTransport(httpClient: httpClient, maxBodySize: 1024))
            let error = await Self.failure(within: .seconds(30)) { _ = try await client.send(.GET, "/api/big/") }
            #expect(error?.code == .unexpectedResponse)
            #expect(error?.message.contains("larger than the 1024 bytes") == true)
            #expect(error.map { "\($0)" }?.contains("NIOTooManyBytesError") == false)
        }
    }

    @Test("502 at login from the emulator: retried, then logged in")
    func badGatewayAtLogin() async throws {
        try await withEmulator { emulator in
            await emulator.control.injectFault(EmulatorFault(path: "/api/auth/token/login/", status: 502, count: 2))
            try await withDataMasqueClient(try emulator.clientConfiguration(retryPolicy: Self.quick)) { client in
                try await client.authenticate()
            }
            #expect(await emulator.control.loginCount == 1)
        }
    }

    @Test("429 at login from the emulator: retried after Retry-After, then logged in")
    func tooManyRequestsAtLogin() async throws {
        try await withEmulator { emulator in
            await emulator.control.injectFault(
                EmulatorFault(path: "/api/auth/token/login/", status: 429, count: 1, retryAfter: 0))
            try await withDataMasqueClient(try emulator.clientConfiguration(retryPolicy: Self.quick)) { client in
                try await client.authenticate()
            }
            #expect(await emulator.control.loginCount == 1)
        }
    }

    @Test("a login that stays at 503: an API error, not an authentication failure")
    func busyLogin() async throws {
        try await withEmulator { emulator in
            await emulator.control.injectFault(EmulatorFault(path: "/api/auth/token/login/", status: 503, count: 10))
            try await withDataMasqueClient(try emulator.clientConfiguration(retryPolicy: Self.quick)) { client in
                let error = await Self.failure(within: .seconds(30)) { try await client.authenticate() }
                #expect(error?.code == .api)
                #expect(error?.status == 503)
            }
        }
    }

    @Test("expired token mid-pagination: one re-login, then every page")
    func expiredTokenMidPagination() async throws {
        let logins = Mutex(0)
        let respond: @Sendable (MisbehavingRequest) async -> MisbehavingResponse = { request in
            if request.path == "/api/auth/token/login/" {
                let login = logins.withLock { count in
                    count += 1
                    return count
                }
                return .json(200, #"{"key": "token-\#(login)"}"#)
            }
            let offset = request.query?.split(separator: "&").first { $0.hasPrefix("offset=") }
                .flatMap { Int($0.dropFirst("offset=".count)) } ?? 0
            if offset > 0, request.header("Authorization") == "Token token-1" {
                return .json(401, #"{"detail": "Invalid token."}"#)
            }
            let next = offset < 2 ? #""\#(request.origin)/api/things/?limit=1&offset=\#(offset + 1)""# : "null"
            return .json(200, #"{"count": 3, "next": \#(next), "previous": null, "results": [{"id": \#(offset + 1)}]}"#)
        }
        try await withMisbehavingServer(respond) { server in
            try await withDataMasqueClient(try Self.configuration(server.baseURL)) { client in
                var ids: [Int] = []
                for try await item in client.paged(JSONValue.self, "/api/things/", pageSize: 1) {
                    ids.append(item["id"]?.intValue ?? -1)
                }
                #expect(ids == [1, 2, 3])
            }
            #expect(logins.withLock { $0 } == 2)
        }
    }
}
