import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Snowflake SPCS gateway over loopback")
struct SPCSIntegrationTests {
    static let pat = "test-pat-0123456789"
    static var gateway: EmulatorConfiguration {
        EmulatorConfiguration(port: 0, password: "emulator-password-42", spcsPAT: pat)
    }

    @Test("with the right PAT every request, login and healthcheck included, passes the gateway")
    func accepted() async throws {
        try await withEmulator(Self.gateway) { emulator in
            try await emulator.withClient { client in
                try await client.healthcheck()
                _ = try await client.send(.GET, "/api/connections/")
            }
            let requests = await emulator.control.requests
            #expect(requests.map(\.path) == ["/api/healthcheck/", "/api/auth/token/login/", "/api/connections/"])
            #expect(requests.allSatisfy { $0.hadSPCSHeader && $0.status == 200 })
        }
    }

    @Test("a wrong PAT is one rejected request: no login, no replay, a typed error with Snowflake's details")
    func wrongPAT() async throws {
        try await withEmulator(Self.gateway) { emulator in
            var configuration = try emulator.clientConfiguration()
            configuration.spcsPAT = "wrong-pat-value"
            try await withDataMasqueClient(configuration) { client in
                let error = await #expect(throws: DataMasqueError.self) { try await client.connections.list() }
                #expect(error?.code == .spcsGatewayRejected)
                let rejection = try #require(error?.gatewayRejection)
                #expect(rejection.status == 401)
                #expect(rejection.responseType.hasPrefix("ERROR_"))
                #expect(rejection.requestID.count == 36)
                #expect(rejection.likelyCause == .invalidToken)
                #expect(error?.description.contains("wrong-pat-value") == false)
            }
            #expect(await emulator.control.requests.count == 1)
            #expect(await emulator.control.loginCount == 0)
        }
    }

    @Test("no PAT at all is rejected by the gateway")
    func missingPAT() async throws {
        try await withEmulator(Self.gateway) { emulator in
            var configuration = try emulator.clientConfiguration()
            configuration.spcsPAT = nil
            try await withDataMasqueClient(configuration) { client in
                let error = await #expect(throws: DataMasqueError.self) { try await client.healthcheck() }
                #expect(error?.code == .api)
                #expect(error?.status == 401)
            }
        }
    }

    @Test(
        "expired and network-policy rejections name their likely cause",
        arguments: [
            (SPCSGatewayMode.expired, SPCSGatewayRejection.LikelyCause.expiredToken, 401),
            (.networkPolicy, .networkPolicy, 403),
        ])
    func modes(mode: SPCSGatewayMode, cause: SPCSGatewayRejection.LikelyCause, status: Int) async throws {
        try await withEmulator(Self.gateway) { emulator in
            await emulator.control.setSPCSGatewayMode(mode)
            try await emulator.withClient { client in
                let error = await #expect(throws: DataMasqueError.self) { try await client.authenticate() }
                #expect(error?.gatewayRejection?.likelyCause == cause)
                #expect(error?.gatewayRejection?.status == status)
            }
            #expect(await emulator.control.requests.count == 1)
        }
    }

    @Test("DataMasque's own 401 behind the gateway still gets one re-login")
    func dataMasque401() async throws {
        try await withEmulator(Self.gateway) { emulator in
            try await emulator.withClient { client in
                try await client.authenticate()
                await emulator.control.expireAllTokens()
                _ = try await client.send(.GET, "/api/connections/")
            }
            #expect(await emulator.control.loginCount == 2)
        }
    }

    @Test("the PAT reaches no log line")
    func patNotLogged() async throws {
        try await withEmulator(Self.gateway) { emulator in
            let capture = LogCapture()
            var configuration = try emulator.clientConfiguration()
            configuration.logger = capture.logger
            try await withDataMasqueClient(configuration) { client in
                _ = try await client.send(.GET, "/api/connections/")
            }
            #expect(!capture.text.isEmpty)
            #expect(!capture.text.contains(Self.pat))
            #expect(!capture.text.contains(emulator.configuration.password))
        }
    }
}
