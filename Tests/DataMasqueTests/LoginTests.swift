import DataMasque
import Foundation
import Synchronization
import Testing

@Suite("Login")
struct LoginTests {
    static let quick = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(20))

    /// A server whose first `failures` logins answer `status`, then succeed.
    static func flakyLogin(failures: Int, status: Int) -> ClosureTransport {
        let logins = Mutex(0)
        return ClosureTransport { request in
            guard request.url.path() == "/api/auth/token/login/" else { return .json(200, "[]") }
            let login = logins.withLock { count in
                count += 1
                return count
            }
            return login <= failures ? .json(status, #"{"detail": "busy"}"#) : loginOK
        }
    }

    @Test("a busy server during login is retried as a GET would be", arguments: [429, 502, 503, 504])
    func retried(status: Int) async throws {
        let transport = Self.flakyLogin(failures: 2, status: status)
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        try await client.authenticate()
        #expect(transport.requests.count == 3)
    }

    @Test("a login that stays busy is not an authentication failure")
    func staysBusy() async throws {
        let transport = Self.flakyLogin(failures: 10, status: 503)
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.authenticate() }
        #expect(error?.code == .api)
        #expect(error?.status == 503)
        #expect(transport.requests.count == 3)
    }

    @Test("a 502 at login, after retries, is not-ready")
    func notReady() async throws {
        let transport = Self.flakyLogin(failures: 10, status: 502)
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.authenticate() }
        #expect(error?.code == .notReady)
    }

    @Test("a 500 at login is an API error, not an authentication failure, and not retried")
    func serverError() async throws {
        let transport = Self.flakyLogin(failures: 10, status: 500)
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.authenticate() }
        #expect(error?.code == .api)
        #expect(error?.status == 500)
        #expect(transport.requests.count == 1)
    }

    @Test("only a 400 or 401 from login is an authentication failure", arguments: [400, 401])
    func refused(status: Int) async throws {
        let transport = Self.flakyLogin(failures: 10, status: status)
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.authenticate() }
        #expect(error?.code == .authenticationFailed)
        #expect(error?.message.contains("s3cret-pass") == false)
        #expect(transport.requests.count == 1)
    }
}
