import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

@Suite struct DiscoverLibrariesCommandTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    private func run(_ emulator: RunningEmulator, _ arguments: String...) async -> CommandResult {
        await harness.run(arguments, environment: emulator.cliEnvironment)
    }

    /// Creates library `org/finance` and a database config importing it.
    private func seed(_ emulator: RunningEmulator) async throws {
        let library = try harness.scratchFile("lib.yml", DiscoverConfigsCommandTests.yaml)
        let created = await run(emulator, "discover", "libraries", "create", "--name", "finance", "-n", "org", "-f", library)
        #expect(created.status == 0 && created.stderr.contains("Saved discovery config library 'org/finance'."))
        let config = try harness.scratchFile("cfg.yml", "version: '1.0'\nimports: [org/finance]\n")
        let imported = await run(emulator, "discover", "configs", "create", "--name", "uses", "-f", config, "-t", "database")
        #expect(imported.status == 0)
    }

    @Test func listGetAndStatusShowTheLibrary() async throws {
        try await withEmulator { emulator in
            try await seed(emulator)
            let list = await run(emulator, "discover", "libraries", "list", "--json")
            #expect(list.stdout.contains("\"name\": \"finance\",\n    \"valid\": \"valid\",\n    \"used_by\": 1"))
            let yaml = await run(emulator, "discover", "libraries", "get", "finance", "--namespace", "org", "--yaml")
            #expect(yaml.stdout == DiscoverConfigsCommandTests.yaml + "\n")
            let elsewhere = await run(emulator, "discover", "libraries", "get", "finance")
            #expect(elsewhere.status == 3)
            let json = await run(emulator, "discover", "libraries", "get", "finance", "-n", "org", "--json")
            #expect(json.stdout.contains("\"used_by\": 1,\n  \"created\": \""))
            let status = await run(emulator, "discover", "libraries", "status", "finance", "-n", "org", "--json")
            #expect(status.stdout.contains("\"status\": \"valid\",\n  \"validation_error\": null"))
        }
    }

    @Test func deleteOfAnImportedLibraryNeedsForceAndInvalidatesTheConfig() async throws {
        try await withEmulator { emulator in
            try await seed(emulator)
            let refused = await run(emulator, "discover", "libraries", "delete", "finance", "-n", "org", "-y")
            #expect(refused.status == 8)
            #expect(refused.stderr.contains("used by 1 active config") && refused.stderr.contains("--force"))
            let forced = await run(emulator, "discover", "libraries", "delete", "finance", "-n", "org", "-y", "--force")
            #expect(forced.status == 0)
            let status = await run(emulator, "discover", "configs", "status", "uses", "--json")
            #expect(status.stdout.contains("\"status\": \"invalid\""))
            let missing = await run(emulator, "discover", "libraries", "delete", "finance", "-n", "org", "-y")
            #expect(missing.status == 3)
        }
    }

    @Test func validateChecksAFileWithoutKeepingIt() async throws {
        try await withEmulator { emulator in
            let good = try harness.scratchFile("good.yml", DiscoverConfigsCommandTests.yaml)
            let valid = await run(emulator, "discover", "libraries", "validate", "-f", good)
            #expect(valid.status == 0 && valid.stderr.contains("Discovery config library \"good.yml\" validation status: valid"))
            let bad = try harness.scratchFile("lib.yaml", "labels: 3\n")
            let invalid = await harness.run(
                ["discover", "libraries", "validate", "-f", bad],
                environment: emulator.cliEnvironment.merging(["DM_OUTPUT": "json"]) { $1 })
            #expect(invalid.status == 4)
            #expect(invalid.stderr.contains(#""code": "invalid_input""#))
            #expect(invalid.stderr.contains(#"Discovery config library \"lib.yaml\" is invalid: Missing required field"#))
            #expect(await run(emulator, "discover", "libraries", "list", "--json").stdout == "[]\n")
            let empty = try harness.scratchFile("empty.yml", "")
            #expect(await harness.run(["discover", "libraries", "validate", "-f", empty]).status == 4)
        }
    }
}
