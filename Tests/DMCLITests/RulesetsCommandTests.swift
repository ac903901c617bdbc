import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

@Suite struct RulesetsCommandTests {
    private let harness: CommandHarness
    private let validYAML = "version: '1.0'\ntasks:\n  - type: mask_table\n    table: customers\n"

    init() throws {
        harness = try CommandHarness()
    }

    private func file(_ name: String, _ text: String) throws -> String {
        try harness.scratchFile(name, text)
    }

    private func create(_ name: String, type: String, in emulator: RunningEmulator) async throws {
        let path = try file("\(name)-\(type).yml", validYAML)
        let result = await harness.run(
            ["rulesets", "create", "--name", name, "-f", path, "-t", type], environment: emulator.cliEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func createNeedsATypeForANewNameAndKeepsTheTypeOfAnExistingOne() async throws {
        try await withEmulator { emulator in
            let path = try file("r.yml", validYAML)
            let unknown = await harness.run(["rulesets", "create", "--name", "r", "-f", path], environment: emulator.cliEnvironment)
            #expect(unknown.status == 3)
            #expect(unknown.stderr.contains("--type"))
            try await create("r", type: "file", in: emulator)
            let again = await harness.run(["rulesets", "create", "--name", "r", "-f", path], environment: emulator.cliEnvironment)
            #expect(again.status == 0)
            #expect(again.stderr.contains("Updating the file ruleset 'r'"))
            #expect(again.stderr.contains("Saved ruleset 'r' (file)."))
        }
    }

    @Test func createWithoutTypeWhenBothTypesHoldTheNameIsAmbiguous() async throws {
        try await withEmulator { emulator in
            try await create("r", type: "file", in: emulator)
            try await create("r", type: "database", in: emulator)
            let path = try file("r.yml", validYAML)
            let result = await harness.run(["rulesets", "create", "--name", "r", "-f", path], environment: emulator.cliEnvironment)
            #expect(result.status == 5)
            #expect(result.stderr.hasPrefix("Error: Multiple rulesets named 'r' ("), "\(result.stderr)")
            #expect(result.stderr.contains("(file, database).") || result.stderr.contains("(database, file)."))
            #expect(result.stderr.contains("--type database|file"))
            let agent = await harness.run(
                ["rulesets", "create", "--name", "r", "-f", path],
                environment: emulator.cliEnvironment.merging(["DM_OUTPUT": "json"]) { $1 })
            #expect(agent.status == 5)
            #expect(agent.stderr.contains("\"code\": \"ambiguous\", \"message\": \"Multiple rulesets named 'r' ("), "\(agent.stderr)")
        }
    }

    @Test func generateRefusesARequestOfTheWrongShapeNamingTheField() async throws {
        try await withEmulator { emulator in
            let missing = try file("request.json", #"{"connection": "c1"}"#)
            let result = await harness.run(["rulesets", "generate", "-f", missing], environment: emulator.cliEnvironment)
            #expect(result.status == 4, "\(result.stderr)")
            #expect(result.stderr.contains("is not a valid generation request"))
            #expect(result.stderr.contains("selected_columns"))
            let files = try file("files.json", #"{"connection": "c1", "selected_data": [{"files": "a.csv", "locators": []}]}"#)
            let file = await harness.run(
                ["rulesets", "generate", "-f", files, "--file-ruleset"], environment: emulator.cliEnvironment)
            #expect(file.status == 4)
            #expect(file.stderr.contains("selected_data[0].files"))
            #expect(await emulator.control.requests.allSatisfy { !$0.path.contains("generate") })
        }
    }

    @Test func listFiltersByTypeAndRejectsUnknownTypesBeforeLoggingIn() async throws {
        try await withEmulator { emulator in
            try await create("db", type: "database", in: emulator)
            try await create("files", type: "file", in: emulator)
            let result = await harness.run(["rulesets", "list", "-t", "file", "--json"], environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stdout.contains("\"name\": \"files\""))
            #expect(!result.stdout.contains("\"name\": \"db\""))
            #expect(await harness.run("rulesets", "list", "--type", "banana").status == 2)
        }
    }

    @Test func getPrintsTheYAMLOrTheFieldsAndIsAmbiguousAcrossTypes() async throws {
        try await withEmulator { emulator in
            try await create("r", type: "database", in: emulator)
            let yaml = await harness.run(["rulesets", "get", "r", "--yaml"], environment: emulator.cliEnvironment)
            #expect(yaml.stdout == validYAML + "\n")
            let json = await harness.run(["rulesets", "get", "r", "--json"], environment: emulator.cliEnvironment)
            #expect(json.stdout.contains("\"type\": \"database\",\n  \"yaml\": "))
            try await create("r", type: "file", in: emulator)
            let ambiguous = await harness.run(["rulesets", "get", "r"], environment: emulator.cliEnvironment)
            #expect(ambiguous.status == 5)
            #expect(ambiguous.stderr.contains("type=file"))
            #expect(ambiguous.stderr.contains("Multiple rulesets named 'r'"))
            #expect(await harness.run(["rulesets", "get", "r", "-t", "file"], environment: emulator.cliEnvironment).status == 0)
        }
    }

    @Test func deleteRemovesOnlyTheChosenTypeAfterConfirmation() async throws {
        try await withEmulator { emulator in
            try await create("r", type: "database", in: emulator)
            try await create("r", type: "file", in: emulator)
            let declined = await harness.run(
                ["rulesets", "delete", "r", "-t", "file"], environment: emulator.cliEnvironment, input: ["n"])
            #expect(declined.status == 10)
            let deleted = await harness.run(["rulesets", "delete", "r", "-t", "file", "-y"], environment: emulator.cliEnvironment)
            #expect(deleted.status == 0)
            let list = await harness.run(["rulesets", "list", "--json"], environment: emulator.cliEnvironment)
            #expect(list.stdout.contains("\"type\": \"database\""))
            #expect(!list.stdout.contains("\"type\": \"file\""))
            let missing = await harness.run(["rulesets", "delete", "r", "-t", "file", "-y"], environment: emulator.cliEnvironment)
            #expect(missing.status == 3)
        }
    }

    @Test func validateReportsAValidFileAndLeavesNothingBehind() async throws {
        try await withEmulator { emulator in
            let path = try file("ok.yml", validYAML)
            let result = await harness.run(["rulesets", "validate", "-f", path, "-t", "database"], environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stderr.contains("Ruleset 'ok.yml' (database) is valid."))
            let list = await harness.run(["rulesets", "list", "--json"], environment: emulator.cliEnvironment)
            #expect(list.stdout == "[]\n")
        }
    }

    @Test func validateListsEachErrorWithItsPosition() async throws {
        try await withEmulator { emulator in
            let path = try file("bad.yml", "version: '1.0'\ntasks:\n  - type: mask_everything\n")
            let result = await harness.run(
                ["rulesets", "validate", "-f", path, "-t", "database"], environment: emulator.cliEnvironment.merging(["DM_OUTPUT": "json"]) { $1 })
            #expect(result.status == 4)
            #expect(result.stderr.contains("\"code\": \"invalid_input\""))
            #expect(result.stderr.contains("Ruleset 'bad.yml' (database) is invalid: "))
            #expect(result.stderr.contains("(line 3, column"))
            let list = await harness.run(["rulesets", "list", "--json"], environment: emulator.cliEnvironment)
            #expect(list.stdout == "[]\n")
        }
    }

    @Test func validateChecksTheFileBeforeLoggingIn() async throws {
        let large = try file("large.yml", "version: '1.0'\n" + String(repeating: "# padding\n", count: 7_000))
        let result = await harness.run("rulesets", "validate", "-f", large, "-t", "database")
        #expect(result.status == 4)
        #expect(result.stderr.contains("asynchronously"))
        #expect(result.stderr.contains("dm rulesets status"))
        let empty = try file("empty.yml", "  \n")
        #expect(await harness.run("rulesets", "validate", "-f", empty, "-t", "file").status == 4)
        #expect(await harness.run("rulesets", "validate", "-f", empty).status == 2)
        #expect(await harness.run("rulesets", "validate", "-f", "/no/such.yml", "-t", "file").status == 2)
    }

    @Test func statusReportsTheStoredVerdictWithErrors() async throws {
        try await withEmulator { emulator in
            let path = try file("bad.yml", "tasks: []\n")
            _ = await harness.run(["rulesets", "create", "--name", "bad", "-f", path, "-t", "database"], environment: emulator.cliEnvironment)
            let result = await harness.run(["rulesets", "status", "bad", "--json"], environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stdout.contains("\"status\": \"invalid\""))
            #expect(result.stdout.contains("\"validation_error_type\": \"ruleset\""))
            let human = await harness.run(["rulesets", "status", "bad"], environment: emulator.cliEnvironment)
            #expect(human.stdout.contains("Missing required field: version"))
        }
    }

    @Test func bundlesRoundTripAndSkipExistingRulesetsUnlessOverwritten() async throws {
        try await withEmulator { emulator in
            try await create("masking", type: "database", in: emulator)
            let zip = harness.directory.appendingPathComponent("bundle.zip").path
            let export = await harness.run(["rulesets", "export-bundle", "-o", zip], environment: emulator.cliEnvironment)
            #expect(export.status == 0, "\(export.stderr)")
            #expect(export.stderr.contains("Saved the ruleset bundle to \(zip)."))
            #expect(try Data(contentsOf: URL(fileURLWithPath: zip)).prefix(2) == Data("PK".utf8))

            await emulator.control.reset()
            let declined = await harness.run(["rulesets", "import-bundle", "-f", zip], environment: emulator.cliEnvironment, input: ["no"])
            #expect(declined.status == 10)
            let imported = await harness.run(["rulesets", "import-bundle", "-f", zip, "-y"], environment: emulator.cliEnvironment)
            #expect(imported.status == 0, "\(imported.stderr)")
            let list = await harness.run(["rulesets", "list", "--json"], environment: emulator.cliEnvironment)
            #expect(list.stdout.contains("\"name\": \"masking\""))

            let skipped = await harness.run(["rulesets", "import-bundle", "-f", zip, "-y"], environment: emulator.cliEnvironment)
            #expect(skipped.status == 0)
            #expect(skipped.stdout.contains("\"skipped\": 1"), "\(skipped.stdout)")
            let overwritten = await harness.run(
                ["rulesets", "import-bundle", "-f", zip, "-y", "--overwrite-rulesets"], environment: emulator.cliEnvironment)
            #expect(overwritten.status == 0)
            #expect(overwritten.stdout.contains("\"overwritten\": 1"), "\(overwritten.stdout)")
        }
    }
}

extension CommandHarness {
    /// Writes `text` to a file called `name` in the scratch directory and returns its path.
    func scratchFile(_ name: String, _ text: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
