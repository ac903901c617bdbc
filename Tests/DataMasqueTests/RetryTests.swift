import DataMasque
import Foundation
import Synchronization
import Testing

@Suite("Retries")
struct RetryTests {
    static let quick = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(20))

    static func flaky(failures: Int, status: Int, headers: [(String, String)] = []) -> ClosureTransport {
        let calls = Mutex(0)
        return ClosureTransport { request in
            if request.url.path() == "/api/auth/token/login/" { return loginOK }
            let call = calls.withLock { count in
                count += 1
                return count
            }
            if call <= failures {
                var response = DataMasqueResponse.json(status, "{}")
                for (name, value) in headers { response.headers.add(name: name, value: value) }
                return response
            }
            return .json(200, "[]")
        }
    }

    @Test("idempotent requests are retried after retryable statuses", arguments: [429, 502, 503, 504])
    func retriesGet(status: Int) async throws {
        let transport = Self.flaky(failures: 2, status: status)
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        _ = try await client.send(.GET, "/api/connections/")
        #expect(transport.requests.filter { $0.url.path() == "/api/connections/" }.count == 3)
    }

    @Test("the last response is what the caller sees when attempts run out")
    func givesUp() async throws {
        let transport = Self.flaky(failures: 5, status: 503)
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.send(.GET, "/api/connections/") }
        #expect(error?.status == 503)
        #expect(transport.requests.filter { $0.url.path() == "/api/connections/" }.count == 3)
    }

    @Test("POST is never retried")
    func postNotRetried() async throws {
        let transport = Self.flaky(failures: 1, status: 503)
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        await #expect(throws: DataMasqueError.self) { try await client.send(.POST, "/api/connections/") }
        #expect(transport.requests.filter { $0.url.path() == "/api/connections/" }.count == 1)
    }

    @Test("other error statuses are not retried", arguments: [400, 404, 500])
    func notRetryable(status: Int) async throws {
        let transport = Self.flaky(failures: 1, status: status)
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        await #expect(throws: DataMasqueError.self) { try await client.send(.GET, "/api/connections/") }
        #expect(transport.requests.filter { $0.url.path() == "/api/connections/" }.count == 1)
    }

    @Test("Retry-After decides the wait, capped by maxDelay")
    func retryAfter() {
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: .seconds(1), maxDelay: .seconds(5))
        #expect(policy.delay(beforeRetry: 1, retryAfter: "2") == .seconds(2))
        #expect(policy.delay(beforeRetry: 1, retryAfter: "120") == .seconds(5))
        let backoff = policy.delay(beforeRetry: 2, retryAfter: nil)
        #expect(backoff >= .seconds(1) && backoff <= .seconds(2))
    }

    @Test(".none sends every request once")
    func none() async throws {
        let transport = Self.flaky(failures: 1, status: 503)
        let client = DataMasqueClient(configuration: try .test(retryPolicy: .none), transport: transport)
        await #expect(throws: DataMasqueError.self) { try await client.send(.GET, "/api/connections/") }
        #expect(transport.requests.filter { $0.url.path() == "/api/connections/" }.count == 1)
    }
}
