import DataMasque
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@testable import DMCLI

/// `dm emulator --uninstalled` starts a DataMasque that `dm system admin-install` installs.
@Suite struct EmulatorUninstalledCommandTests {
    private func installed(_ baseURL: String) async throws -> Bool? {
        let url = try #require(URL(string: baseURL + "/api/app/check/"))
        let (data, _) = try await URLSession.shared.data(from: url)
        return try JSONDecoder().decode(JSONValue.self, from: data)["installed"]?.boolValue
    }

    @Test func startsUninstalledUntilAdminInstall() async throws {
        let harness = try CommandHarness()
        let (stdout, stderr) = (TextBuffer(), TextBuffer())
        let terminal = Terminal(
            environment: harness.environment,
            standardOutput: TextOutput { stdout.append($0) },
            standardError: TextOutput { stderr.append($0) },
            standardInput: TextInput { _ in nil })
        let server = Task { await DM.run(["emulator", "--port", "0", "--uninstalled"], in: terminal) }
        defer { server.cancel() }
        var url: String?
        for _ in 0..<200 where url == nil {
            try await Task.sleep(for: .milliseconds(50))
            url = stdout.text.firstMatch(of: /listening on (\S+)/).map { String($0.1) }
        }
        let baseURL = try #require(url)
        #expect(stdout.text.contains("Not installed"))
        #expect(!stdout.text.contains("Password:"))
        #expect(try await installed(baseURL) == false)
        let environment = ["DATAMASQUE_URL": baseURL, "DATAMASQUE_USERNAME": "root", "DATAMASQUE_PASSWORD": "Str0ng-pass!"]
        let refused = await harness.run(["connections", "list"], environment: environment)
        #expect(refused.status == 7)
        let install = await harness.run(
            ["system", "admin-install", "--email", "root@example.com", "--username", "root", "--password", "Str0ng-pass!"],
            environment: ["DATAMASQUE_URL": baseURL])
        #expect(install.status == 0, "\(install.stderr)")
        #expect(try await installed(baseURL) == true)
        #expect(await harness.run(["connections", "list"], environment: environment).status == 0)
        let again = await harness.run(
            ["system", "admin-install", "--email", "root@example.com", "--password", "Str0ng-pass!"],
            environment: ["DATAMASQUE_URL": baseURL])
        #expect(again.status == 8)
        server.cancel()
        #expect(await server.value == 0)
    }
}
