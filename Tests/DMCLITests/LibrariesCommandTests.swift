import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

@Suite struct LibrariesCommandTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    private func file(_ name: String, _ text: String) throws -> String {
        try harness.scratchFile(name, text)
    }

    /// Creates library `org/masks` and a ruleset `uses_masks` importing it.
    private func seed(_ emulator: RunningEmulator, libraryYAML: String = "version: '1.0'\n") async throws {
        let library = try file("lib.yml", libraryYAML)
        let created = await harness.run(
            ["libraries", "create", "--name", "masks", "-n", "org", "-f", library], environment: emulator.cliEnvironment)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("Saved library masks."))
        let ruleset = try file(
            "r.yml", "version: '1.0'\nimports:\n  - org/masks\ntasks:\n  - type: mask_table\n    table: t\n")
        _ = await harness.run(
            ["rulesets", "create", "--name", "uses_masks", "-f", ruleset, "-t", "database"], environment: emulator.cliEnvironment)
    }

    @Test func listGetAndStatusShowTheLibrary() async throws {
        try await withEmulator { emulator in
            try await seed(emulator)
            let list = await harness.run(["libraries", "list", "--json"], environment: emulator.cliEnvironment)
            #expect(list.stdout.contains("\"namespace\": \"org\",\n    \"name\": \"masks\",\n    \"valid\": \"valid\""))
            let yaml = await harness.run(["libraries", "get", "masks", "-n", "org", "--yaml"], environment: emulator.cliEnvironment)
            #expect(yaml.stdout == "version: '1.0'\n\n")
            let status = await harness.run(["libraries", "status", "masks", "-n", "org", "--json"], environment: emulator.cliEnvironment)
            #expect(status.stdout.contains("\"status\": \"valid\",\n  \"errors\": []"))
            let json = await harness.run(["libraries", "get", "masks", "-n", "org", "--json"], environment: emulator.cliEnvironment)
            let created = try #require(json.stdout.firstMatch(of: #/"created": "([^"]*)"/#)?.1)
            #expect(created.wholeMatch(of: #/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?\+00:00/#) != nil, "\(json.stdout)")
            let other = await harness.run(["libraries", "get", "masks"], environment: emulator.cliEnvironment)
            #expect(other.status == 3)
        }
    }

    @Test func usageListsTheImportingRulesets() async throws {
        try await withEmulator { emulator in
            try await seed(emulator)
            let usage = await harness.run(["libraries", "usage", "masks", "-n", "org"], environment: emulator.cliEnvironment)
            #expect(usage.status == 0)
            #expect(usage.stdout.contains("Rulesets using org/masks"))
            #expect(usage.stdout.contains("uses_masks"))
        }
    }

    @Test func deleteOfAnImportedLibraryNeedsForce() async throws {
        try await withEmulator { emulator in
            try await seed(emulator)
            let refused = await harness.run(["libraries", "delete", "masks", "-n", "org", "-y"], environment: emulator.cliEnvironment)
            #expect(refused.status == 8)
            #expect(refused.stderr.contains("--force"))
            let forced = await harness.run(
                ["libraries", "delete", "masks", "-n", "org", "-y", "--force"], environment: emulator.cliEnvironment)
            #expect(forced.status == 0)
            let missing = await harness.run(["libraries", "delete", "masks", "-n", "org", "-y"], environment: emulator.cliEnvironment)
            #expect(missing.status == 3)
        }
    }

    @Test func validateReportsTheStoredLibrarysVerdict() async throws {
        try await withEmulator { emulator in
            try await seed(emulator, libraryYAML: "masks: {}\n")
            let invalid = await harness.run(["libraries", "validate", "masks", "-n", "org"], environment: emulator.cliEnvironment)
            #expect(invalid.status == 4)
            #expect(invalid.stderr.contains("Library 'org/masks' is invalid:"))
            #expect(invalid.stderr.contains("Missing required field: version (line 1"))
            let path = try file("fixed.yml", "version: '1.0'\n")
            _ = await harness.run(["libraries", "create", "--name", "masks", "-n", "org", "-f", path], environment: emulator.cliEnvironment)
            let valid = await harness.run(["libraries", "validate", "masks", "-n", "org"], environment: emulator.cliEnvironment)
            #expect(valid.status == 0)
            #expect(valid.stderr.contains("Library 'org/masks' is valid."))
            let missing = await harness.run(["libraries", "validate", "nope"], environment: emulator.cliEnvironment)
            #expect(missing.status == 3)
        }
    }
}
