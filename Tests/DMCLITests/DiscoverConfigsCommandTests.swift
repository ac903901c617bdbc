import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

@Suite struct DiscoverConfigsCommandTests {
    static let yaml = "version: '1.0'\nlabels:\n  - name: Email\n    keywords: [email]\n"
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    private func run(_ emulator: RunningEmulator, _ arguments: String..., input: [String] = []) async -> CommandResult {
        await harness.run(arguments, environment: emulator.cliEnvironment, input: input)
    }

    @Test func createListGetAndDeleteByType() async throws {
        try await withEmulator { emulator in
            let path = try harness.scratchFile("cfg.yml", Self.yaml)
            let untyped = await run(emulator, "discover", "configs", "create", "--name", "cfg", "-f", path)
            #expect(untyped.status == 3 && untyped.stderr.contains("--type"))
            for type in ["database", "file"] {
                let created = await run(emulator, "discover", "configs", "create", "--name", "cfg", "-f", path, "-t", type)
                #expect(created.status == 0 && created.stderr.contains("Saved discovery config 'cfg' (\(type))."))
            }
            let ambiguous = await run(emulator, "discover", "configs", "create", "--name", "cfg", "-f", path)
            #expect(ambiguous.status == 5 && ambiguous.stderr.contains("Multiple discovery configs"))

            let list = await run(emulator, "discover", "configs", "list", "--json")
            #expect(list.stdout.contains("\"name\": \"cfg\",\n    \"type\": \"database\",\n    \"valid\": \"valid\""))
            let files = await run(emulator, "discover", "configs", "list", "-t", "file", "--json")
            #expect(files.stdout.components(separatedBy: "\"type\"").count == 2)
            let getAmbiguous = await run(emulator, "discover", "configs", "get", "cfg")
            #expect(getAmbiguous.status == 5 && getAmbiguous.stderr.contains("type=file"))
            let yaml = await run(emulator, "discover", "configs", "get", "cfg", "-t", "file", "--yaml")
            #expect(yaml.stdout == Self.yaml + "\n")
            let json = await run(emulator, "discover", "configs", "get", "cfg", "-t", "file", "--json")
            #expect(json.stdout.contains("\"type\": \"file\",\n  \"valid\": \"valid\",\n  \"created\": \""))

            let deleted = await run(emulator, "discover", "configs", "delete", "cfg", "-t", "file", "-y")
            #expect(deleted.status == 0 && deleted.stderr.contains("Deleted discovery config 'cfg' (file)."))
            let gone = await run(emulator, "discover", "configs", "get", "cfg", "-t", "file")
            #expect(gone.status == 3)
            let declined = await run(emulator, "discover", "configs", "delete", "cfg", input: ["n"])
            #expect(declined.status == 10)
            let bad = await run(emulator, "discover", "configs", "list", "--type", "banana")
            #expect(bad.status == 2)
        }
    }

    @Test func defaultsPrintOrWriteTheServerYAML() async throws {
        try await withEmulator { emulator in
            let printed = await run(emulator, "discover", "configs", "defaults", "-t", "file")
            #expect(printed.status == 0 && printed.stdout.contains("labels:"))
            let path = harness.directory.appendingPathComponent("defaults.yml").path
            let written = await run(emulator, "discover", "configs", "defaults", "-o", path)
            #expect(written.status == 0 && written.stdout.isEmpty)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("schema discovery defaults"))
            let valid = await run(emulator, "discover", "configs", "validate", "-f", path, "-t", "database")
            #expect(valid.status == 0 && valid.stderr.contains("Discovery config \"defaults.yml\" validation status: valid"))
        }
    }

    @Test func validateReportsInvalidYAMLAndCleansUp() async throws {
        try await withEmulator { emulator in
            let path = try harness.scratchFile("cfg.yaml", "version: '1.0'\nmasks: []\n")
            let invalid = await harness.run(
                ["discover", "configs", "validate", "-f", path, "-t", "file"],
                environment: emulator.cliEnvironment.merging(["DM_OUTPUT": "json"]) { $1 })
            #expect(invalid.status == 4)
            #expect(invalid.stderr.contains(
                #""message": "Discovery config \"cfg.yaml\" is invalid: Unknown field: masks (line 2, column 1)""#))
            let list = await run(emulator, "discover", "configs", "list", "--json")
            #expect(list.stdout == "[]\n")

            let empty = try harness.scratchFile("empty.yaml", "  \n")
            #expect(await run(emulator, "discover", "configs", "validate", "-f", empty, "-t", "file").status == 4)
            let large = try harness.scratchFile("large.yaml", Self.yaml + String(repeating: "#", count: 70_000))
            let tooLarge = await harness.run(["discover", "configs", "validate", "-f", large, "-t", "file"])
            #expect(tooLarge.status == 4)
            #expect(tooLarge.stderr.contains("asynchronously") && tooLarge.stderr.contains("dm discover configs status"))
        }
    }

    @Test func statusReportsTheStoredVerdict() async throws {
        try await withEmulator { emulator in
            let path = try harness.scratchFile("bad.yml", "labels: 1\n")
            _ = await run(emulator, "discover", "configs", "create", "--name", "bad", "-f", path, "-t", "database")
            let status = await run(emulator, "discover", "configs", "status", "bad", "--json")
            #expect(status.status == 0)
            #expect(status.stdout.contains("\"status\": \"invalid\",\n  \"validation_error\": \"Missing required field: version"))
            let missing = await run(emulator, "discover", "configs", "status", "nope")
            #expect(missing.status == 3)
        }
    }

    @Test func catalogAndGroupHelpListTheCommands() async throws {
        let catalog = await harness.run("catalog", "--json", "--compact")
        for path in ["discover configs list", "discover configs defaults", "discover libraries create", "discover libraries status"] {
            #expect(catalog.stdout.contains("\"path\": \"\(path)\""), "\(path)")
        }
        let group = await harness.run("discover", "configs")
        #expect(group.status == 2)
    }
}
