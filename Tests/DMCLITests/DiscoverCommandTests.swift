import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

@Suite struct DiscoverCommandTests {
    private let harness: CommandHarness
    /// Runs move only when a test moves the emulator clock.
    private let manual = EmulatorConfiguration(port: 0, runStepDuration: .seconds(3600))
    /// Runs step every 20 ms.
    private let fast = EmulatorConfiguration(port: 0, runStepDuration: .milliseconds(20))

    init() throws {
        harness = try CommandHarness()
    }

    /// Creates the Postgres connection `shop` and returns its id.
    private func seed(_ emulator: RunningEmulator) async throws -> String {
        try await emulator.withClient { client in
            let connection = try await client.connections.create(
                .database(
                    DatabaseConnection(
                        name: "shop", databaseType: .postgres, host: "db", port: 5432, database: "shop", user: "u",
                        password: "pw")))
            return try #require(connection.id)
        }
    }

    private func run(_ arguments: String..., in emulator: RunningEmulator, json: Bool = false) async -> CommandResult {
        await harness.run(arguments, environment: emulator.cliEnvironment.merging(json ? ["DM_OUTPUT": "json"] : [:]) { $1 })
    }

    private func startedID(_ result: CommandResult) throws -> Int {
        let object = try JSONDecoder().decode([String: JSONValue].self, from: Data(result.stdout.utf8))
        return try #require(object["id"]?.intValue)
    }

    @Test func schemaStartsARunWhoseResultsAreMissingUntilItEnds() async throws {
        try await withEmulator(manual) { emulator in
            _ = try await seed(emulator)
            let started = await run("discover", "schema", "shop", "--json", in: emulator)
            #expect(started.status == 0, "\(started.stderr)")
            let id = try startedID(started)
            #expect(started.stderr.contains("dm discover schema-results \(id)"))

            let early = await run("discover", "schema-results", String(id), in: emulator)
            #expect(early.status == 3)
            #expect(early.stderr.contains("No schema discovery results available for run \(id) yet; the run is queued."))
            #expect(early.stderr.contains("dm run status \(id)"))

            await emulator.control.completeRuns()
            let rows = await run("discover", "schema-results", String(id), in: emulator, json: true)
            #expect(rows.status == 0, "\(rows.stderr)")
            let parsed = try JSONDecoder().decode([[String: JSONValue]].self, from: Data(rows.stdout.utf8))
            #expect(parsed.allSatisfy {
                Set($0.keys) == ["id", "schema", "table", "column", "data_type", "matches", "constraint", "safe_data_preview"]
            })
            #expect(parsed.contains { $0["column"] == "email" && $0["matches"] != "-" })
            #expect(rows.stdout.contains("\"id\": \(parsed.first?["id"]?.intValue ?? -1),\n    \"schema\": "))

            let table = await run("discover", "schema-results", String(id), in: emulator)
            #expect(table.stdout.contains("Schema Discovery: Run \(id)"))
            #expect(!table.stdout.contains("safe_data_preview"))
        }
    }

    @Test func outputsOfAnUnknownRunAreNotFound() async throws {
        try await withEmulator { emulator in
            for command in ["schema-results", "sdd-report", "db-report", "file-report", "config-snapshot"] {
                let result = await run("discover", command, "999", in: emulator)
                #expect(result.status == 3, "\(command): \(result.stderr)")
                #expect(result.stderr.contains("Run 999 not found."), "\(command)")
            }
        }
    }

    @Test func startRefusesUnknownConnectionsAndConfigs() async throws {
        try await withEmulator(manual) { emulator in
            _ = try await seed(emulator)
            let unknown = await run("discover", "file", "nope", in: emulator)
            #expect(unknown.status == 3 && unknown.stderr.contains("Connection 'nope' not found."))
            let config = await run("discover", "schema", "shop", "--config", "nope", in: emulator)
            #expect(config.status == 3 && config.stderr.contains("Discovery config 'nope' not found."))
            #expect(await emulator.control.runs.isEmpty)
        }
    }

    @Test func waitFollowsTheRunToItsEnd() async throws {
        try await withEmulator(fast) { emulator in
            _ = try await seed(emulator)
            let result = await run("discover", "schema", "shop", "--wait", "--interval", "0.05", in: emulator, json: true)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try JSONDecoder().decode([String: JSONValue].self, from: Data(result.stdout.utf8))
            #expect(object["status"] == "finished")
        }
    }

    @Test func dbReportPrintsCSVAndNeedsAFileForASplitReport() async throws {
        try await withEmulator(manual) { emulator in
            _ = try await seed(emulator)
            let id = try startedID(await run("discover", "schema", "shop", in: emulator, json: true))
            await emulator.control.completeRuns()
            let csv = await run("discover", "db-report", String(id), in: emulator)
            #expect(csv.status == 0 && csv.stdout.lowercased().contains("selected"))

            await emulator.control.setDiscoveryReportRowLimit(2)
            let toStdout = await run("discover", "db-report", String(id), in: emulator)
            #expect(toStdout.status == 4)
            #expect(toStdout.stderr.contains("-o discovery_report_\(id).zip"))
            let path = harness.directory.appendingPathComponent("report.csv").path
            let saved = await run("discover", "db-report", String(id), "-o", path, in: emulator)
            #expect(saved.status == 0, "\(saved.stderr)")
            #expect(saved.stderr.contains("report.csv.zip"))
            let zip = try Data(contentsOf: URL(fileURLWithPath: path + ".zip"))
            #expect(zip.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        }
    }

    @Test func configSnapshotAndFileReport() async throws {
        try await withEmulator(manual) { emulator in
            try await emulator.withClient { client in
                _ = try await client.connections.create(
                    .mountedShare(MountedShareConnection(name: "share", baseDirectory: "data", isFileMaskSource: true)))
            }
            let id = try startedID(await run("discover", "file", "share", in: emulator, json: true))
            await emulator.control.completeRuns()
            let snapshot = await run("discover", "config-snapshot", String(id), in: emulator)
            #expect(snapshot.status == 0 && !snapshot.stdout.isEmpty, "\(snapshot.stderr)")

            let report = await run("discover", "file-report", String(id), in: emulator, json: true)
            #expect(report.status == 0, "\(report.stderr)")
            let groups = try JSONDecoder().decode([FileDiscoveryResult].self, from: Data(report.stdout.utf8))
            #expect(!groups.isEmpty)
            let table = await run("discover", "file-report", String(id), in: emulator)
            #expect(table.stdout.contains("File Discovery: Run \(id)"))
            let path = harness.directory.appendingPathComponent("files.json").path
            #expect(await run("discover", "file-report", String(id), "-o", path, in: emulator).status == 0)
            let saved = try JSONDecoder().decode([FileDiscoveryResult].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(saved == groups)
        }
    }

    @Test func rulesetsGenerateInTheBackgroundWaitsForTheRuleset() async throws {
        try await withEmulator(fast) { emulator in
            let connectionID = try await seed(emulator)
            let request = harness.directory.appendingPathComponent("request.json")
            try Data(#"{"connection": "\#(connectionID)", "selected_columns": {"public": {"customers": ["email"]}}}"#.utf8)
                .write(to: request)
            let background = await run("rulesets", "generate", "-f", request.path, "--async", "--interval", "0.05", in: emulator)
            #expect(background.status == 0, "\(background.stderr)")
            let direct = await run("rulesets", "generate", "-f", request.path, in: emulator)
            #expect(direct.status == 0 && direct.stdout.contains("customers"))
            #expect(background.stdout == direct.stdout)

            let badConfig = await run("rulesets", "generate", "-f", request.path, "--rg-config", "nope", in: emulator)
            #expect(badConfig.status == 3, "\(badConfig.stderr)")
            let empty = harness.directory.appendingPathComponent("empty.json")
            try Data(#"{"connection": "\#(connectionID)", "selected_columns": {"public": {"customers": []}}}"#.utf8).write(to: empty)
            let refused = await run("rulesets", "generate", "-f", empty.path, in: emulator)
            #expect(refused.status == 4 && refused.stderr.contains("selected_columns.public.customers"))
        }
    }

    @Test func rulesetsGenerateFromTheDiscoveryReportCSV() async throws {
        try await withEmulator(fast) { emulator in
            _ = try await seed(emulator)
            let id = try startedID(await run("discover", "schema", "shop", "--wait", "--interval", "0.05", in: emulator, json: true))
            let report = harness.directory.appendingPathComponent("report.csv").path
            #expect(await run("discover", "db-report", String(id), "-o", report, in: emulator).status == 0)
            let directory = harness.directory.appendingPathComponent("generated").path
            let result = await run(
                "rulesets", "generate", "--from-csv", report, "--connection", "shop", "--interval", "0.05", "-o", directory,
                in: emulator)
            #expect(result.status == 0, "\(result.stderr)")
            let written = try FileManager.default.contentsOfDirectory(atPath: directory)
            #expect(!written.isEmpty && written.allSatisfy { $0.hasSuffix(".yml") })
            let noConnection = await run("rulesets", "generate", "--from-csv", report, in: emulator)
            #expect(noConnection.status == 2)
        }
    }
}
