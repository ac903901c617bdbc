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

    @Test(
        "a huge, infinite, negative or garbled Retry-After never traps: capped at maxDelay or ignored",
        arguments: ["9223372036854775807", "1e300", "inf", "-inf", "nan", "-5", "garbage", "", "1e-300", "18446744073709551616"])
    func hostileRetryAfter(_ value: String) {
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(100), maxDelay: .seconds(10))
        let delay = policy.delay(beforeRetry: 1, retryAfter: value)
        #expect(delay >= .zero)
        #expect(delay <= .seconds(10))
    }

    @Test("a Retry-After as an HTTP date is honoured, capped at maxDelay")
    func retryAfterDate() {
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .seconds(5))
        #expect(policy.delay(beforeRetry: 1, retryAfter: "Wed, 21 Oct 2099 07:28:00 GMT") == .seconds(5))
        #expect(policy.delay(beforeRetry: 1, retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT") == .zero)
    }

    @Test("a call with a huge Retry-After is retried after maxDelay, not trapped")
    func hugeRetryAfterCall() async throws {
        let transport = Self.flaky(failures: 1, status: 503, headers: [("Retry-After", "9223372036854775807")])
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        _ = try await client.send(.GET, "/api/connections/")
        #expect(transport.requests.filter { $0.url.path() == "/api/connections/" }.count == 2)
    }

    @Test("out-of-range policy values are brought into range")
    func policyClamps() {
        let policy = RetryPolicy(maxAttempts: -3, baseDelay: .seconds(-1), maxDelay: .seconds(Int64.max))
        #expect(policy.maxAttempts == 1)
        #expect(policy.baseDelay == .zero)
        #expect(policy.maxDelay == .seconds(3600))
        let wide = RetryPolicy(maxAttempts: 50, baseDelay: .seconds(3600), maxDelay: .seconds(3600))
        #expect(wide.delay(beforeRetry: Int.max, retryAfter: nil) <= .seconds(3600))
    }

    @Test("a dropped connection is retried with backoff, then reported")
    func transportErrorRetried() async throws {
        let transport = ClosureTransport { request in
            if request.url.path() == "/api/auth/token/login/" { return loginOK }
            throw DataMasqueError(code: .transport, message: "Connection refused")
        }
        let client = DataMasqueClient(configuration: try .test(retryPolicy: Self.quick), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.send(.GET, "/api/connections/") }
        #expect(error?.code == .transport)
        #expect(transport.requests.filter { $0.url.path() == "/api/connections/" }.count == 3)
    }

    @Test("no retry waits past the call's deadline: one deadline spans every attempt")
    func deadlineSpansRetries() async throws {
        let transport = Self.flaky(failures: 10, status: 503, headers: [("Retry-After", "3600")])
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(1), maxDelay: .seconds(3600))
        let client = DataMasqueClient(configuration: try .test(retryPolicy: policy), transport: transport)
        let started = ContinuousClock.now
        let error = await #expect(throws: DataMasqueError.self) {
            try await client.with(timeout: .seconds(120)).send(.GET, "/api/connections/")
        }
        #expect(error?.status == 503)
        #expect(ContinuousClock.now - started < .seconds(60))
        #expect(transport.requests.filter { $0.url.path() == "/api/connections/" }.count == 1)
    }
}
