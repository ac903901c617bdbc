import DataMasque
import Foundation
import Testing

@testable import DMCLI

@Suite struct EmulatorCommandTests {
    @Test func servesUntilCancelledWithoutPrintingThePAT() async throws {
        let harness = try CommandHarness()
        let (stdout, stderr) = (TextBuffer(), TextBuffer())
        let terminal = Terminal(
            environment: harness.environment,
            standardOutput: TextOutput { stdout.append($0) },
            standardError: TextOutput { stderr.append($0) },
            standardInput: TextInput { _ in nil })
        let server = Task { await DM.run(["emulator", "--port", "0", "--spcs-pat", "secret-pat-value"], in: terminal) }
        var url: String?
        for _ in 0..<100 where url == nil {
            try await Task.sleep(for: .milliseconds(50))
            url = stdout.text.firstMatch(of: /listening on (\S+)/).map { String($0.1) }
        }
        let baseURL = try #require(url)
        let configuration = try DataMasqueClient.Configuration(
            baseURL: baseURL, username: "admin", password: "datamasque", spcsPAT: "secret-pat-value")
        try await withDataMasqueClient(configuration) { client in try await client.healthcheck() }
        server.cancel()
        #expect(await server.value == 0)
        #expect(stdout.text.contains("SPCS gateway: on (PAT as given)"))
        #expect(stdout.text.contains("In-flight masking (IFM): \(baseURL)/ifm\n"))
        #expect(!(stdout.text + stderr.text).contains("secret-pat-value"))
    }
}
