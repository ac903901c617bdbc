import DataMasque
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct FaultTests {
    @Test func startingUpAnswers502HTMLForTheConfiguredRequestsThenServes() async throws {
        try await withTestEmulator(EmulatorConfiguration(startingUp: .requests(2))) { client, _ throws in
            for path in ["/api/auth/token/login/", "/api/healthcheck/"] {
                let response = try await client.send(.post, path)
                #expect(response.status == .badGateway)
                #expect(response.headers[.contentType] == "text/html")
                #expect(response.text.contains("502 Bad Gateway"))
            }
            #expect(try await client.send(.get, "/api/healthcheck/").status == .ok)
        }
    }

    @Test func startingUpForADurationEndsByItself() {
        var plan = FaultPlan()
        let start = ContinuousClock.now
        plan.setStartingUp(.duration(.seconds(2)), now: start)
        #expect(plan.next(for: "/api/healthcheck/", now: start + .seconds(1)) == .startingUp)
        #expect(plan.next(for: "/api/healthcheck/", now: start + .seconds(2)) == nil)
        #expect(plan.next(for: "/api/healthcheck/", now: start + .seconds(1)) == nil)
    }

    @Test func controlEndpointsWorkWhileStartingUp() async throws {
        try await withTestEmulator(EmulatorConfiguration(startingUp: .requests(5))) { client, _ throws in
            #expect(try await client.send(.post, "/_emulator/starting-up", json: [:]).status == .noContent)
            #expect(try await client.send(.get, "/api/healthcheck/").status == .ok)
        }
    }

    @Test func startingUpOverHTTPCountsRequests() async throws {
        try await withTestEmulator { client, _ throws in
            #expect(try await client.send(.post, "/_emulator/starting-up", json: ["requests": 1]).status == .noContent)
            #expect(try await client.send(.get, "/api/healthcheck/").status == .badGateway)
            #expect(try await client.send(.get, "/api/healthcheck/").status == .ok)
        }
    }

    @Test func aThrottlingFaultCarriesRetryAfter() async throws {
        try await withTestEmulator { client, control throws in
            await control.injectFault(EmulatorFault(status: 429, retryAfter: 3))
            let response = try await client.send(.get, "/api/healthcheck/")
            #expect(response.status == .tooManyRequests)
            #expect(response.headers[.retryAfter] == "3")
            #expect(response.json == ["detail": "Request was throttled. Expected available in 3 seconds."])
            #expect(try await client.send(.get, "/api/healthcheck/").status == .ok)
        }
    }

    @Test(arguments: [500, 503, 504])
    func serverFaultsAnswerWithTheirStatus(status: Int) async throws {
        try await withTestEmulator { client, control throws in
            await control.injectFault(EmulatorFault(status: status, count: 2))
            for _ in 0..<2 {
                #expect(try await client.send(.get, "/api/healthcheck/").status.code == status)
            }
            #expect(try await client.send(.get, "/api/healthcheck/").status == .ok)
        }
    }

    @Test func aFaultForAPathSparesOtherPaths() async throws {
        try await withTestEmulator { client, _ throws in
            let fault: JSONValue = ["path": "/api/app/check/", "status": 503, "retry_after": 1]
            #expect(try await client.send(.post, "/_emulator/faults", json: fault).status == .noContent)
            #expect(try await client.send(.get, "/api/healthcheck/").status == .ok)
            let response = try await client.send(.get, "/api/app/check/")
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.retryAfter] == "1")
        }
    }

    @Test func latencyAloneDelaysANormalAnswer() async throws {
        try await withTestEmulator { client, control throws in
            await control.injectFault(EmulatorFault(status: nil, latency: .milliseconds(150)))
            let start = ContinuousClock.now
            #expect(try await client.send(.get, "/api/healthcheck/").status == .ok)
            #expect(ContinuousClock.now - start >= .milliseconds(150))
        }
    }

    @Test func removedFaultsDoNotHappen() async throws {
        try await withTestEmulator { client, _ throws in
            _ = try await client.send(.post, "/_emulator/faults", json: ["status": 500])
            #expect(try await client.send(.delete, "/_emulator/faults").status == .noContent)
            #expect(try await client.send(.get, "/api/healthcheck/").status == .ok)
        }
    }

    @Test func aMalformedFaultIsRefused() async throws {
        try await withTestEmulator { client, _ throws in
            #expect(try await client.send(.post, "/_emulator/faults", json: ["status": "soon"]).status == .badRequest)
        }
    }
}
