import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

@Suite struct RunCommandTests {
    private let harness: CommandHarness
    /// Runs step every 40 ms, so a three-table run ends in about 200 ms.
    private let fast = EmulatorConfiguration(port: 0, runStepDuration: .milliseconds(40))
    private let quick = ["--interval", "0.05"]

    init() throws {
        harness = try CommandHarness()
    }

    /// Creates database connection `shop` and a database ruleset `name` masking two tables.
    private func seed(_ emulator: RunningEmulator, ruleset name: String = "mask_shop") async throws {
        try await emulator.withClient { client in
            _ = try await client.connections.create(
                .database(
                    DatabaseConnection(
                        name: "shop", databaseType: .postgres, host: "db", port: 5432, database: "shop", user: "u",
                        password: "pw")))
            let ruleset: JSONValue = [
                "name": .string(name), "mask_type": "database",
                "config_yaml": .string(
                    "version: '1.0'\ntasks:\n  - type: mask_table\n    table: customers\n"
                        + "  - type: mask_table\n    table: orders\n"),
            ]
            _ = try await client.send(.POST, "/api/rulesets/", query: [("upsert", "true")], body: try .json(ruleset))
        }
    }

    private func run(_ arguments: [String], _ emulator: RunningEmulator, json: Bool = false) async -> CommandResult {
        await harness.run(arguments, environment: emulator.cliEnvironment.merging(json ? ["DM_OUTPUT": "json"] : [:]) { $1 })
    }

    /// Waits until `buffer` holds `text`, for at most 30 seconds of wall time.
    private func waitFor(_ text: String, in buffer: TextBuffer) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while !buffer.text.contains(text) {
            guard ContinuousClock.now < deadline else {
                Issue.record("Gave up waiting for '\(text)' in: \(buffer.text)")
                return
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    @Test func startWaitsUntilTheRunFinishesShowingEachStatus() async throws {
        // Runs move only when the test moves the emulator clock, one step per status `dm` has shown.
        try await withEmulator(EmulatorConfiguration(port: 0, runStepDuration: .seconds(3600))) { emulator in
            try await seed(emulator)
            let stderr = TextBuffer()
            let arguments = ["run", "start", "-c", "shop", "-r", "mask_shop"] + quick
            let started = Task { await harness.run(arguments, environment: emulator.cliEnvironment, stderr: stderr) }
            for shown in ["Run 1: queued after", "Run 1: validating after", "Run 1: running after", "1 table, 250 rows done"] {
                try await waitFor(shown, in: stderr)
                await emulator.control.advanceRuns()
            }
            let result = await started.value
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("Started run 1 (shop_"))
            // The elapsed time is the CLI's wall clock, which a busy machine stretches: only its form is fixed.
            #expect(result.stderr.contains(/Run 1: queued after \d+s\n/))
            #expect(result.stderr.contains("Run 1: running after"))
            #expect(result.stderr.contains(" · 1 table, 250 rows done\n"))
            #expect(result.stderr.contains("(ruleset: mask_shop, connection: shop)."))
        }
    }

    @Test func hugeWaitsAndIntervalsAreRefusedNamingTheOption() async throws {
        try await withEmulator { emulator in
            try await seed(emulator)
            let cases: [(arguments: [String], option: String)] = [
                (["run", "wait", "1", "--timeout", "inf"], "--timeout"),
                (["run", "wait", "1", "--timeout", "1e300"], "--timeout"),
                (["run", "wait", "1", "--interval", "1e308"], "--interval"),
                (["run", "logs", "1", "--follow", "--interval", "1e300"], "--interval"),
                (["run", "start", "-c", "shop", "-r", "mask_shop", "--timeout", "1e300"], "--timeout"),
                (["run", "retry", "1", "--timeout", "inf"], "--timeout"),
            ]
            for (arguments, option) in cases {
                let result = await run(arguments, emulator)
                #expect(result.status == 2, "\(arguments): \(result.stderr)")
                #expect(result.stderr.contains("\(option) must be more than 0 and at most"), "\(arguments): \(result.stderr)")
            }
            #expect(await emulator.control.runs.isEmpty)
        }
    }

    @Test func statusAndListPrintTimesAsTheOfficialCLIDoes() async throws {
        try await withEmulator(fast) { emulator in
            try await seed(emulator)
            _ = await run(["run", "start", "-c", "shop", "-r", "mask_shop"] + quick, emulator)
            let stored = try #require(await emulator.control.runs.first)
            let created = try #require(stored["created_time"]?.stringValue)
            let startText = try #require(stored["start_time"]?.stringValue)
            let start = try #require(Timestamp(text: startText))
            let status = await run(["run", "status", "1", "--json"], emulator)
            #expect(status.stdout.contains("\"created\": \"\(start.pythonISOFormat())\""))
            #expect(start.pythonISOFormat().hasSuffix("+00:00") && start.pythonISOFormat().contains("T"))
            let list = await run(["run", "list", "--json"], emulator)
            #expect(list.stdout.contains("\"created\": \"\(created)\""))
        }
    }

    @Test func startPrintsTheEndedRunAsJSON() async throws {
        try await withEmulator(fast) { emulator in
            try await seed(emulator)
            let result = await run(["run", "start", "-c", "shop", "-r", "mask_shop", "--json"] + quick, emulator)
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("{\n  \"id\": 1,\n  \"status\": \"finished\",\n  \"ruleset\": \"mask_shop\",\n  \"source\": \"shop\""))
        }
    }

    @Test func aFailedRunExitsOneWithAPlainError() async throws {
        try await withEmulator(fast) { emulator in
            try await seed(emulator, ruleset: "mask_fail")
            let result = await run(["run", "start", "-c", "shop", "-r", "mask_fail"] + quick, emulator, json: true)
            #expect(result.status == 1)
            #expect(result.stdout.contains("\"status\": \"failed\""))
            #expect(result.stderr.contains("Error: Run 1 failed after"))
            #expect(!result.stderr.contains("{\"error\""))
        }
    }

    @Test func backgroundStartPrintsTheIDAndReturns() async throws {
        // Runs stay queued until the emulator clock moves, however slow the machine.
        try await withEmulator(EmulatorConfiguration(port: 0, runStepDuration: .seconds(3600))) { emulator in
            try await seed(emulator)
            let result = await run(["run", "start", "-c", "shop", "-r", "mask_shop", "-b"], emulator, json: true)
            #expect(result.status == 0)
            #expect(result.stdout == "{\n  \"id\": 1\n}\n")
            let status = await run(["run", "status", "1", "--json"], emulator)
            #expect(status.stdout.contains("\"status\": \"queued\""))
        }
    }

    @Test func startRejectsUnknownTargetsAndBadOptions() async throws {
        try await withEmulator { emulator in
            try await seed(emulator)
            let connection = await run(["run", "start", "-c", "nope", "-r", "mask_shop"], emulator)
            #expect(connection.status == 3)
            #expect(connection.stderr.contains("Available connections: shop."))
            let ruleset = await run(["run", "start", "-c", "shop", "-r", "nope"], emulator)
            #expect(ruleset.status == 3)
            let option = await run(["run", "start", "-c", "shop", "-r", "mask_shop", "--options", "batch_size"], emulator)
            #expect(option.status == 4)
            let unknown = await run(["run", "start", "-c", "shop", "-r", "mask_shop", "--options", "speed=9"], emulator)
            #expect(unknown.status == 4)
            #expect(await emulator.control.runs.isEmpty)
        }
    }

    @Test func statusListAndLogsDescribeRuns() async throws {
        try await withEmulator(fast) { emulator in
            try await seed(emulator)
            _ = await run(["run", "start", "-c", "shop", "-r", "mask_shop"] + quick, emulator)
            let status = await run(["run", "status", "1"], emulator)
            #expect(status.stdout.contains("Run 1"))
            #expect(status.stdout.contains("finished"))
            let list = await run(["run", "list", "--json"], emulator)
            #expect(list.stdout.contains("\"source\": \"shop\",\n    \"destination\": \"\",\n    \"created\": \""))
            let logs = await run(["run", "logs", "1"], emulator)
            #expect(logs.stdout.contains(" INFO  Masked table customers (250 rows)."))
            let raw = await run(["run", "logs", "1"], emulator, json: true)
            #expect(raw.stdout.hasPrefix("[{") && raw.stdout.contains("\"message\":\"Run queued.\""))
            let missing = await run(["run", "status", "42"], emulator)
            #expect(missing.status == 3)
            #expect(missing.stderr.contains("Run 42 not found."))
        }
    }

    @Test func reportOfADatabaseRunIsNotAvailable() async throws {
        try await withEmulator(fast) { emulator in
            try await seed(emulator)
            _ = await run(["run", "start", "-c", "shop", "-r", "mask_shop"] + quick, emulator)
            let result = await run(["run", "report", "1"], emulator)
            #expect(result.status == 3)
            #expect(result.stderr.contains("No report available for run 1."))
            #expect(result.stderr.contains("dm run status 1"))
        }
    }

    @Test func aFileRunNeedsADestinationAndEndsWithAReport() async throws {
        try await withEmulator(fast) { emulator in
            try await emulator.withClient { client in
                for (name, source) in [("in", true), ("out", false)] {
                    _ = try await client.connections.create(
                        .mountedShare(
                            MountedShareConnection(name: name, isFileMaskSource: source, isFileMaskDestination: !source)))
                }
                let ruleset: JSONValue = [
                    "name": "files", "mask_type": "file",
                    "config_yaml": "version: '1.0'\ntasks:\n  - type: mask_tabular_file\n",
                ]
                _ = try await client.send(.POST, "/api/rulesets/", query: [("upsert", "true")], body: try .json(ruleset))
            }
            let alone = await run(["run", "start", "-c", "in", "-r", "files"], emulator)
            #expect(alone.status == 4)
            #expect(alone.stderr.contains("--destination"))
            let result = await run(["run", "start", "-c", "in", "-r", "files", "-d", "out"] + quick, emulator)
            #expect(result.status == 0, "\(result.stderr)")
            let report = await run(["run", "report", "1"], emulator)
            #expect(report.stdout.hasPrefix("path,file_size,file_type,skip_reason\ncustomers.csv,"))
            let path = harness.directory.appendingPathComponent("report.csv").path
            #expect(await run(["run", "report", "1", "-o", path], emulator).status == 0)
            #expect(try String(contentsOfFile: path, encoding: .utf8) + "\n" == report.stdout)
        }
    }

    @Test func cancelStopsAQueuedRunButNotAnEndedOne() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, runStepDuration: .seconds(30))) { emulator in
            try await seed(emulator)
            _ = await run(["run", "start", "-c", "shop", "-r", "mask_shop", "-b"], emulator)
            #expect(await run(["run", "cancel", "1"], emulator).status == 0)
            await emulator.control.completeRuns()
            let again = await run(["run", "cancel", "1"], emulator)
            #expect(again.status == 8)
            #expect(await run(["run", "cancel", "42"], emulator).status == 3)
            let wait = await run(["run", "wait", "1"] + quick, emulator)
            #expect(wait.status == 1)
            #expect(wait.stderr.contains("Run 1 cancelled after"))
        }
    }

    @Test func followPrintsTheLogUntilTheRunEnds() async throws {
        try await withEmulator(fast) { emulator in
            try await seed(emulator)
            _ = await run(["run", "start", "-c", "shop", "-r", "mask_shop", "-b"], emulator)
            let result = await run(["run", "logs", "1", "--follow", "--interval", "0.05"], emulator)
            #expect(result.status == 0)
            #expect(result.stdout.components(separatedBy: "Run queued.").count == 2)
            #expect(result.stdout.contains("Masking run finished."))
            let json = await run(["run", "logs", "1", "--follow", "--interval", "0.05"], emulator, json: true)
            let lines = json.stdout.split(separator: "\n")
            #expect(json.status == 0 && lines.count == result.stdout.split(separator: "\n").count)
            #expect(lines.allSatisfy { $0.hasPrefix("{\"log_level\":") && $0.contains("\"timestamp\":\"") })
        }
    }

    @Test func retryStartsTheSameRunAgain() async throws {
        try await withEmulator(fast) { emulator in
            try await seed(emulator)
            _ = await run(["run", "start", "-c", "shop", "-r", "mask_shop", "--options", "batch_size=500"] + quick, emulator)
            let result = await run(["run", "retry", "1"] + quick, emulator)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("Started run 2, retrying run 1."))
            let retried = try #require(await emulator.control.runs.last)
            #expect(retried["name"]?.stringValue?.hasPrefix("shop_retry_") == true)
            #expect(retried["options"]?["batch_size"] == 500)
            #expect(await run(["run", "retry", "42"], emulator).status == 3)
        }
    }

    @Test func interruptingAWaitLeavesTheRunRunning() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, runStepDuration: .seconds(30))) { emulator in
            try await seed(emulator)
            _ = await run(["run", "start", "-c", "shop", "-r", "mask_shop", "-b"], emulator)
            let before = await emulator.control.requests.count
            let waiting = Task { await run(["run", "wait", "1"] + quick, emulator) }
            // Interrupt once the wait polls, not while the command is still logging in.
            for _ in 0..<1_500
            where await !emulator.control.requests.dropFirst(before).contains(where: { $0.path.hasPrefix("/api/runs/1") }) {
                try await Task.sleep(for: .milliseconds(20))
            }
            try await Task.sleep(for: .milliseconds(100))
            waiting.cancel()
            let result = await waiting.value
            #expect(result.status == 1)
            #expect(result.stderr.contains("Stopped waiting; run 1 continues on the server."))
            #expect(result.stderr.contains("dm run status 1"))
            #expect(await emulator.control.runs.first?["status"] == "queued")
        }
    }

    @Test func waitGivesUpAfterTheTimeout() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, runStepDuration: .seconds(30))) { emulator in
            try await seed(emulator)
            _ = await run(["run", "start", "-c", "shop", "-r", "mask_shop", "-b"], emulator)
            let result = await run(["run", "wait", "1", "--timeout", "0.2"] + quick, emulator)
            #expect(result.status == 1)
            #expect(result.stderr.contains("Stopped waiting after 0s; run 1 continues on the server."))
        }
    }
}
