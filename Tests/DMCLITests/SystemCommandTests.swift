import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite struct SystemCommandTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    private func urlOnly(_ emulator: RunningEmulator) -> [String: String] {
        ["DATAMASQUE_URL": emulator.baseURL.absoluteString]
    }

    @Test func healthNeedsOnlyAURLAndDoesNotLogIn() async throws {
        try await withEmulator { emulator in
            let result = await harness.run("system", "health", "--json", environment: urlOnly(emulator))
            #expect(result.status == 0)
            #expect(result.stdout == "{\n  \"status\": \"healthy\"\n}\n")
            #expect(await emulator.control.loginCount == 0)
        }
    }

    @Test func healthWithoutAURLNeedsCredentials() async throws {
        let result = await harness.run("system", "health")
        #expect(result.status == 6)
        #expect(result.stderr.contains("DATAMASQUE_URL"))
    }

    @Test func healthOfAnUnreachableServerIsATransportError() async throws {
        let result = await harness.run("system", "health", environment: ["DATAMASQUE_URL": "http://127.0.0.1:1"])
        #expect(result.status == 9)
    }

    @Test func licenceShowsTheSevenProjectedFields() async throws {
        try await withEmulator { emulator in
            let result = await harness.run("system", "licence", "--json", environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            let keys = result.stdout.split(separator: "\n").compactMap { line in
                line.split(separator: "\"").dropFirst().first.map(String.init)
            }
            #expect(
                keys == ["uuid", "name", "type", "is_expired", "expiry_date", "days_until_expiry", "platform_name"])
            let table = await harness.run("system", "licence", environment: emulator.cliEnvironment)
            #expect(table.stdout.hasPrefix("Licence\n") && table.stdout.contains("DataMasque Emulator Licence"))
        }
    }

    @Test func uploadLicenceSendsTheFile() async throws {
        try await withEmulator { emulator in
            let path = harness.directory.appendingPathComponent("acme.lic").path
            try #"{"name": "Acme"}"#.write(toFile: path, atomically: true, encoding: .utf8)
            let result = await harness.run("system", "upload-licence", path, environment: emulator.cliEnvironment)
            #expect(result.status == 0 && result.stderr == "Uploaded the licence file acme.lic.\n")
            let licence = await harness.run("system", "licence", "--json", environment: emulator.cliEnvironment)
            #expect(licence.stdout.contains(#""name": "Acme""#))
            #expect(await harness.run("system", "upload-licence", "/nonexistent.lic").status == 2)
        }
    }

    @Test func logsAreSavedToTheOutputFile() async throws {
        try await withEmulator { emulator in
            let path = harness.directory.appendingPathComponent("logs.tar.gz").path
            let result = await harness.run("system", "logs", "-o", path, environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(data.prefix(2) == Data([0x1F, 0x8B]))
            let request = await emulator.control.requests.last
            #expect(request?.path == "/api/logs/download/" && request?.query == "log_service=application")
        }
    }

    @Test func logsIntoAMissingFolderAreInvalidInput() async throws {
        let result = await harness.run("system", "logs", "-o", "/nonexistent/dir/logs.tar.gz")
        #expect(result.status == 4)
        #expect(result.stderr.contains("/nonexistent/dir/logs.tar.gz"))
    }

    @Test func setLocalityAndTheAIEngine() async throws {
        try await withEmulator { emulator in
            let unset = await harness.run("system", "ai-engine", "show", environment: emulator.cliEnvironment)
            #expect(unset.stdout.contains("<not configured>"))
            let unsetJSON = await harness.run(
                "system", "ai-engine", "show", "--json", environment: emulator.cliEnvironment)
            #expect(unsetJSON.stdout == "{\n  \"dm_ai_engine_url\": null\n}\n")
            let set = await harness.run(
                "system", "ai-engine", "set", "http://ai:8000", environment: emulator.cliEnvironment)
            #expect(set.status == 0)
            let shown = await harness.run("system", "ai-engine", "show", "--json", environment: emulator.cliEnvironment)
            #expect(shown.stdout.contains(#""dm_ai_engine_url": "http://ai:8000""#))
            let locality = await harness.run("system", "set-locality", "en_GB", environment: emulator.cliEnvironment)
            #expect(locality.status == 0)
            let patch = await emulator.control.requests.last { $0.method == "PATCH" }
            #expect(patch?.path == "/api/settings/" && patch?.body == ["locality": "en_GB"])
        }
    }

    @Test func adminInstallOnAnInstalledInstanceIsAConflict() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                "system", "admin-install", "--email", "a@example.com", "--password", "Secret-Pass-123",
                environment: urlOnly(emulator))
            #expect(result.status == 8)
            #expect(result.stderr.contains("already complete") && result.stderr.contains("dm auth login"))
            #expect(!result.stderr.contains("Secret-Pass-123"))
        }
    }

    @Test func adminInstallAsksForThePasswordWithoutLoggingIn() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, installed: false)) { emulator in
            let result = await harness.run(
                ["system", "admin-install", "--email", "a@example.com", "--username", "root"],
                environment: urlOnly(emulator), input: ["Str0ng-Passw0rd!x"])
            #expect(result.status == 0)
            #expect(result.stderr.contains("Password: ") && result.stderr.contains("Created the administrator 'root'."))
            #expect(!(result.stdout + result.stderr).contains("Str0ng-Passw0rd!x"))
            let install = try #require(await emulator.control.requests.first { $0.path == "/api/users/admin-install/" })
            #expect(install.body?["allowed_hosts"] == ["localhost", "127.0.0.1"])
            #expect(await emulator.control.loginCount == 0)
        }
    }

    @Test func adminInstallStopsAtTheEndOfInput() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, installed: false)) { emulator in
            let result = await harness.run(
                "system", "admin-install", "--email", "a@example.com", environment: urlOnly(emulator))
            #expect(result.status == 1)
            #expect(result.stderr.contains("Aborted."))
        }
    }
}
