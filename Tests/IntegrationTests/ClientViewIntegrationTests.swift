import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Client views")
struct ClientViewIntegrationTests {
    @Test("with(logger:) logs that view's calls to its logger, sharing the client's login")
    func perCallLogger() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let capture = LogCapture()
                _ = try await client.connections.list()
                _ = try await client.with(logger: capture.logger).connections.list()
                let lines = capture.text
                _ = try await client.users.list()
                #expect(lines.contains("GET /api/connections/"))
                #expect(lines.contains("datamasque.operation"))
                #expect(!lines.contains("/api/auth/token/login/"))
                #expect(capture.text == lines)
            }
            #expect(await emulator.control.loginCount == 1)
        }
    }

    @Test("with(timeout:) bounds that view's calls only")
    func perCallTimeout() async throws {
        try await withEmulator { emulator in
            await emulator.control.injectFault(
                EmulatorFault(path: "/api/healthcheck/", status: nil, count: 2, latency: .seconds(2)))
            try await withDataMasqueClient(try emulator.clientConfiguration(timeout: .seconds(60), retryPolicy: .none)) { client in
                let error = await #expect(throws: DataMasqueError.self) {
                    try await client.with(timeout: .milliseconds(200)).healthcheck()
                }
                #expect(error?.code == .timeout)
                try await client.healthcheck()
            }
        }
    }
}
