import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite struct SeedsCommandTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    @Test func uploadListAndDeleteASeedFile() async throws {
        try await withEmulator { emulator in
            let path = harness.directory.appendingPathComponent("names.csv").path
            try "name\nAda\nGrace\n".write(toFile: path, atomically: true, encoding: .utf8)
            let upload = await harness.run("seeds", "upload", path, environment: emulator.cliEnvironment)
            #expect(upload.status == 0 && upload.stderr == "Uploaded seed file 'names.csv'.\n")
            let list = await harness.run("seeds", "list", "--json", environment: emulator.cliEnvironment)
            let rows = try JSONDecoder().decode(JSONValue.self, from: Data(list.stdout.utf8)).arrayValue ?? []
            #expect(rows.count == 1 && rows.first?["name"] == "names.csv")
            #expect(rows.first?.objectValue.map { Array($0.keys).sorted() } == ["id", "name"])
            let table = await harness.run("seeds", "list", environment: emulator.cliEnvironment)
            #expect(table.stdout.contains("Seed Files") && table.stdout.contains("names.csv"))
            let delete = await harness.run(
                "seeds", "delete", "names.csv", "--yes", environment: emulator.cliEnvironment)
            #expect(delete.status == 0)
            #expect(await harness.run("seeds", "list", "--json", environment: emulator.cliEnvironment).stdout == "[]\n")
        }
    }

    @Test func uploadsFromStandardInputUnderTheGivenName() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                ["seeds", "upload", "-", "--name", "piped.csv"], environment: emulator.cliEnvironment,
                input: ["a", "b"])
            #expect(result.status == 0)
            let list = await harness.run("seeds", "list", "--json", environment: emulator.cliEnvironment)
            #expect(list.stdout.contains("piped.csv"))
        }
    }

    @Test func standardInputNeedsAName() async throws {
        #expect(await harness.run("seeds", "upload", "-").status == 2)
    }

    @Test func aMissingUploadPathIsAUsageError() async throws {
        let result = await harness.run("seeds", "upload", "/nonexistent/seed.csv")
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/seed.csv"))
    }

    @Test func deletingAMissingSeedIsNotFoundAndDecliningKeepsIt() async throws {
        try await withEmulator { emulator in
            #expect(
                await harness.run("seeds", "delete", "ghost.csv", "-y", environment: emulator.cliEnvironment).status
                    == 3)
            let path = harness.directory.appendingPathComponent("keep.csv").path
            try "x\n".write(toFile: path, atomically: true, encoding: .utf8)
            _ = await harness.run("seeds", "upload", path, environment: emulator.cliEnvironment)
            let declined = await harness.run(
                "seeds", "delete", "keep.csv", environment: emulator.cliEnvironment, input: [""])
            #expect(declined.status == 10)
            #expect(
                await harness.run("seeds", "list", "--json", environment: emulator.cliEnvironment).stdout.contains(
                    "keep.csv"))
        }
    }
}
