import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Logging
import Testing

@testable import DMCLI

@Suite struct GlobalOptionsTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    private func settings(_ arguments: [String], environment: [String: String] = [:]) throws -> ClientSettings {
        let terminal = Terminal(
            environment: environment, standardOutput: TextOutput { _ in }, standardError: TextOutput { _ in },
            standardInput: TextInput { _ in nil })
        return try ClientSettings(arguments: arguments, terminal: terminal)
    }

    @Test(arguments: [
        ["--request-timeout", "2.5", "system", "health"], ["system", "health", "--request-timeout", "2.5"],
        ["system", "health", "--request-timeout=2.5"],
    ])
    func theRequestTimeoutIsReadBeforeOrAfterTheCommand(arguments: [String]) throws {
        #expect(try settings(arguments).requestTimeout == .milliseconds(2500))
    }

    @Test func theEnvironmentIsTheFallbackAndTheOptionWins() throws {
        let environment = ["DATAMASQUE_REQUEST_TIMEOUT": "7", "DATAMASQUE_LOG_LEVEL": "TRACE"]
        let fromEnvironment = try settings(["system", "health"], environment: environment)
        #expect(fromEnvironment == ClientSettings(requestTimeout: .seconds(7), logLevel: .trace))
        let fromOptions = try settings(
            ["--verbose", "system", "health", "--request-timeout", "3"], environment: environment)
        #expect(fromOptions == ClientSettings(requestTimeout: .seconds(3), logLevel: .debug))
        #expect(try settings(["system", "health"]) == ClientSettings())
    }

    @Test func theSettingsReachTheClientConfiguration() throws {
        var terminal = Terminal(
            environment: [:], standardOutput: TextOutput { _ in }, standardError: TextOutput { _ in },
            standardInput: TextInput { _ in nil })
        terminal.clientSettings = ClientSettings(requestTimeout: .seconds(5), logLevel: .info)
        let credentials = Credentials(
            source: "(env)", url: "http://127.0.0.1:8765", username: "u", password: "p", verifyTLS: true)
        let configuration = try credentials.clientConfiguration(in: terminal)
        #expect(configuration.timeout.request == .seconds(5))
        #expect(configuration.timeout.transfer == DataMasqueClient.Configuration.Timeout().transfer)
        #expect(configuration.logger.logLevel == .info)
    }

    @Test func aLongRequestTimeoutAlsoLengthensTransfersAndTheWaitBetweenBytes() {
        let timeout = ClientSettings(requestTimeout: .seconds(7200)).timeout
        #expect(timeout.request == .seconds(7200) && timeout.transfer == .seconds(7200) && timeout.idle == .seconds(7200))
        #expect(ClientSettings().timeout == DataMasqueClient.Configuration.Timeout())
    }

    @Test(arguments: ["0", "-1", "inf", "nan", "1e300", "86401", "soon", ""])
    func badRequestTimeoutsAreUsageErrorsThatSayWhy(value: String) async {
        let result = await harness.run(["system", "health", "--request-timeout", value])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--request-timeout must be a number of seconds above 0 and at most 86400"))
    }

    @Test(arguments: [
        ("DATAMASQUE_REQUEST_TIMEOUT", "-5", "DATAMASQUE_REQUEST_TIMEOUT must be a number of seconds above 0"),
        ("DATAMASQUE_LOG_LEVEL", "loud", "DATAMASQUE_LOG_LEVEL must be one of trace, debug"),
    ])
    func badEnvironmentValuesAreInvalidInput(name: String, value: String, message: String) async {
        let result = await harness.run(
            ["system", "health"], environment: [name: value, "DATAMASQUE_URL": "http://127.0.0.1:1"])
        #expect(result.status == 4)
        #expect(result.stderr.contains(message))
    }

    @Test func verboseLogsTheRequestLinesOnStandardErrorWithoutSecrets() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, password: "pw-7f3a-secret")) { emulator in
            let result = await harness.run(["--verbose", "connections", "list"], environment: emulator.cliEnvironment)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("→ POST /api/auth/token/login/"))
            #expect(result.stderr.contains("→ GET /api/connections/"))
            #expect(!result.stdout.contains("→"))
            #expect(!result.stderr.contains("pw-7f3a-secret"))
            #expect(!result.stderr.contains("Token "))
        }
    }

    @Test func withoutVerboseNothingIsLogged() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(["connections", "list"], environment: emulator.cliEnvironment)
            #expect(!result.stderr.contains("→"))
        }
    }
}
