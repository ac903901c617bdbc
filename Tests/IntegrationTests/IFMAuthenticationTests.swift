import DataMasque
import DataMasqueTesting
import Foundation
import Synchronization
import Testing

/// JWT authentication of the in-flight masking client over loopback:
/// an admin server that issues and refreshes tokens, and a separate IFM server that checks them.
@Suite("In-flight masking authentication over loopback")
struct IFMAuthenticationTests {
    static let password = "ifm-suite-password"
    static let quick = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50))

    /// The two servers' behaviour: which tokens the IFM server accepts, and whether refreshes succeed.
    final class Servers: Sendable {
        let logins = Mutex(0)
        let refreshes = Mutex(0)
        let accepts: Mutex<@Sendable (String) -> Bool>
        let refreshStatus = Mutex(200)
        let answer: @Sendable (MisbehavingRequest) -> MisbehavingResponse

        init(
            accepts: @escaping @Sendable (String) -> Bool = { _ in true },
            answer: @escaping @Sendable (MisbehavingRequest) -> MisbehavingResponse = { _ in
                .json(200, #"{"scopes": ["ifm/mask"]}"#)
            }
        ) {
            self.accepts = Mutex(accepts)
            self.answer = answer
        }

        func admin(_ request: MisbehavingRequest) -> MisbehavingResponse {
            switch request.path {
            case "/api/auth/jwt/login/":
                let login = logins.withLock { count in
                    count += 1
                    return count
                }
                return .json(200, #"{"access_token": "jwt-access-\#(login)", "refresh_token": "jwt-refresh-\#(login)"}"#)
            case "/api/auth/jwt/refresh/":
                let refresh = refreshes.withLock { count in
                    count += 1
                    return count
                }
                let status = refreshStatus.withLock { $0 }
                return status == 200
                    ? .json(200, #"{"access_token": "jwt-refreshed-\#(refresh)"}"#)
                    : .json(status, #"{"detail": "Token is invalid or expired"}"#)
            default:
                return .json(404, #"{"detail": "Not found."}"#)
            }
        }

        func ifm(_ request: MisbehavingRequest) -> MisbehavingResponse {
            let token = request.header("Authorization").flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
            guard let token, accepts.withLock({ $0 })(token) else {
                return .json(401, #"{"detail": "Could not validate credentials"}"#)
            }
            return answer(request)
        }
    }

    /// Runs `body` with an admin server, an IFM server under `/ifm` on another port, and a client of both.
    static func withServers(
        _ servers: Servers,
        credential: DataMasqueIFMClient.Credential = .password(username: "ifm", password: password),
        timeout: DataMasqueClient.Configuration.Timeout = .init(request: .seconds(20)),
        retryPolicy: RetryPolicy = .none,
        logger: LogCapture? = nil,
        _ body: (DataMasqueIFMClient, MisbehavingServer, MisbehavingServer) async throws -> Void
    ) async throws {
        try await withMisbehavingServer({ servers.admin($0) }) { admin in
            try await withMisbehavingServer({ servers.ifm($0) }) { ifm in
                var configuration = try DataMasqueIFMClient.Configuration(
                    adminURL: admin.baseURL, ifmURL: ifm.baseURL.appending(path: "ifm"), credential: credential,
                    timeout: timeout, retryPolicy: retryPolicy)
                if let logger { configuration.logger = logger.logger }
                try await withDataMasqueIFMClient(configuration) { client in try await body(client, admin, ifm) }
                let adminRequests = await admin.requests
                #expect(adminRequests.allSatisfy { $0.header("Authorization") == nil })
                #expect(await ifm.requests.allSatisfy { !$0.path.hasPrefix("/api/auth/") })
            }
        }
    }

    static func summary(_ requests: [MisbehavingRequest]) -> [String] {
        requests.map { "\($0.method) \($0.path) \($0.header("Authorization") ?? "-")" }
    }

    @Test("the first call logs in on the admin server first; the IFM server never sees a call without a JWT")
    func eagerAuthentication() async throws {
        try await Self.withServers(Servers()) { client, admin, ifm in
            #expect(try await client.verifyToken().scopes == ["ifm/mask"])
            _ = try await client.verifyToken()
            #expect(Self.summary(await admin.requests) == ["POST /api/auth/jwt/login/ -"])
            #expect(Self.summary(await ifm.requests) == [
                "GET /ifm/verify-token/ Bearer jwt-access-1", "GET /ifm/verify-token/ Bearer jwt-access-1",
            ])
        }
    }

    @Test("a 401 is answered by one refresh and one replay with the new JWT")
    func refreshAndReplay() async throws {
        let servers = Servers(accepts: { $0.hasPrefix("jwt-refreshed-") })
        try await Self.withServers(servers) { client, admin, ifm in
            _ = try await client.verifyToken()
            #expect(Self.summary(await admin.requests) == ["POST /api/auth/jwt/login/ -", "POST /api/auth/jwt/refresh/ -"])
            #expect(Self.summary(await ifm.requests) == [
                "GET /ifm/verify-token/ Bearer jwt-access-1", "GET /ifm/verify-token/ Bearer jwt-refreshed-1",
            ])
        }
    }

    @Test("a refused refresh falls back to a new login, then one replay")
    func refusedRefresh() async throws {
        let servers = Servers(accepts: { $0 == "jwt-access-2" })
        servers.refreshStatus.withLock { $0 = 401 }
        try await Self.withServers(servers) { client, admin, ifm in
            _ = try await client.verifyToken()
            #expect(Self.summary(await admin.requests) == [
                "POST /api/auth/jwt/login/ -", "POST /api/auth/jwt/refresh/ -", "POST /api/auth/jwt/login/ -",
            ])
            #expect(await ifm.requests.map { $0.header("Authorization") } == ["Bearer jwt-access-1", "Bearer jwt-access-2"])
        }
    }

    @Test("a second 401 is an API error: exactly one renewal and one replay")
    func secondUnauthorized() async throws {
        let servers = Servers(accepts: { _ in false })
        try await Self.withServers(servers) { client, admin, ifm in
            let error = await #expect(throws: DataMasqueError.self) { _ = try await client.rulesetPlans.list() }
            #expect(error?.code == .api)
            #expect(error?.status == 401)
            #expect(error?.serverMessage == "Could not validate credentials")
            #expect(await ifm.requests.count == 2)
            #expect(await admin.requests.count == 2)
        }
    }

    @Test("a token provider is asked again after a 401, and nothing goes to the admin server")
    func tokenProvider() async throws {
        let calls = Mutex(0)
        let provider = DataMasqueIFMClient.Credential.tokenProvider {
            "provided-\(calls.withLock { count in count += 1; return count })"
        }
        let servers = Servers(accepts: { $0 == "provided-2" })
        try await Self.withServers(servers, credential: provider) { client, admin, ifm in
            _ = try await client.verifyToken()
            #expect(calls.withLock { $0 } == 2)
            #expect(await admin.requests.isEmpty)
            #expect(await ifm.requests.map { $0.header("Authorization") } == ["Bearer provided-1", "Bearer provided-2"])
        }
    }

    @Test("64 concurrent first calls share one login, and 64 calls on an expired JWT share one refresh")
    func singleFlight() async throws {
        let servers = Servers()
        try await Self.withServers(servers) { client, _, _ in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<64 { group.addTask { _ = try await client.verifyToken() } }
                try await group.waitForAll()
            }
            #expect(servers.logins.withLock { $0 } == 1)
            servers.accepts.withLock { $0 = { $0.hasPrefix("jwt-refreshed-") } }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<64 { group.addTask { _ = try await client.verifyToken() } }
                try await group.waitForAll()
            }
            #expect(servers.logins.withLock { $0 } == 1)
            #expect(servers.refreshes.withLock { $0 } == 1)
        }
    }

    @Test("a redirect from the IFM server to another origin is refused; the other origin never sees the JWT")
    func crossOriginRedirect() async throws {
        try await withMisbehavingServer({ _ in .json(200, #"{"scopes": []}"#) }) { other in
            let target = other.baseURL.absoluteString + "/ifm/verify-token/"
            try await Self.withServers(Servers(answer: { _ in .redirect(302, to: target) })) { client, _, _ in
                let error = await #expect(throws: DataMasqueError.self) { _ = try await client.verifyToken() }
                #expect(error?.code == .redirectRefused)
            }
            #expect(await other.requests.isEmpty)
        }
    }

    @Test("a login redirected to another origin is refused; the other origin never sees the password")
    func loginRedirect() async throws {
        try await withMisbehavingServer({ _ in .json(200, #"{"access_token": "x"}"#) }) { other in
            try await withMisbehavingServer({ _ in .redirect(307, to: other.baseURL.absoluteString + "/api/auth/jwt/login/") }) { admin in
                let configuration = try DataMasqueIFMClient.Configuration(
                    adminURL: admin.baseURL, credential: .password(username: "ifm", password: Self.password),
                    retryPolicy: .none)
                try await withDataMasqueIFMClient(configuration) { client in
                    let error = await #expect(throws: DataMasqueError.self) { try await client.authenticate() }
                    #expect(error?.code == .redirectRefused)
                }
            }
            #expect(await other.requests.isEmpty)
        }
    }

    @Test("a 502 from the IFM service is not-ready, after the retries the policy allows")
    func notReady() async throws {
        let answers = Mutex(0)
        let servers = Servers(answer: { _ in
            answers.withLock { count in count += 1; return count } <= 2
                ? .html(502, "<html>starting</html>") : .json(200, #"{"scopes": ["ifm/mask"]}"#)
        })
        try await Self.withServers(servers, retryPolicy: Self.quick) { client, _, _ in
            let scopes = try await client.verifyToken().scopes
            #expect(scopes == ["ifm/mask"])
        }
        let always = Servers(answer: { _ in .html(502) })
        try await Self.withServers(always) { client, _, _ in
            let error = await #expect(throws: DataMasqueError.self) {
                _ = try await client.mask(plan: "p", records: [JSONValue.int(1)])
            }
            #expect(error?.code == .notReady)
        }
    }

    @Test("a mask answer that drips forever ends at the call's deadline")
    func drip() async throws {
        let timeout = DataMasqueClient.Configuration.Timeout(request: .milliseconds(700), idle: .seconds(5))
        try await Self.withServers(Servers(answer: { _ in .drip(every: .milliseconds(100)) }), timeout: timeout) { client, _, _ in
            let started = ContinuousClock.now
            let error = await #expect(throws: DataMasqueError.self) {
                _ = try await client.mask(plan: "p", records: [JSONValue.int(1)])
            }
            #expect(error?.code == .timeout)
            #expect(ContinuousClock.now - started < .seconds(30))
        }
    }

    @Test("a soft failure over the wire is a result with its logs, not an error")
    func softFailure() async throws {
        let servers = Servers(answer: { _ in
            .json(
                400,
                #"{"request_id": "r", "ruleset_plan": {"name": "p", "serial": 1}, "logs": [{"log_level": "error", "timestamp": "2026-04-20T12:00:00Z", "message": "cannot mask"}]}"#)
        })
        try await Self.withServers(servers) { client, _, _ in
            let result = try await client.mask(plan: "p", records: [["email": "a@b.c"]] as [JSONValue])
            #expect(!result.success)
            #expect(result.logs.map(\.message) == ["cannot mask"])
        }
    }

    @Test("JWTs, refresh tokens and the password never reach a log line or an error")
    func secretsNeverShown() async throws {
        let capture = LogCapture()
        let servers = Servers(accepts: { $0.hasPrefix("jwt-refreshed-") })
        try await Self.withServers(servers, logger: capture) { client, _, _ in
            _ = try await client.verifyToken()
            servers.accepts.withLock { $0 = { _ in false } }
            let error = await #expect(throws: DataMasqueError.self) { _ = try await client.verifyToken() }
            let shown = capture.text + " " + (error.map { "\($0) \($0.message)" } ?? "")
            #expect(shown.contains("/api/auth/jwt/refresh/"))
            for secret in ["jwt-access-", "jwt-refresh-", "jwt-refreshed-", Self.password] {
                #expect(!shown.contains(secret), "\(secret) shown")
            }
        }
    }
}
