import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Masking runs over loopback")
struct RunIntegrationTests {
    /// Runs move only when a test moves the emulator clock.
    static let manualClock = EmulatorConfiguration(port: 0, runStepDuration: .seconds(3600))
    static let oneTable = "version: '1.0'\nimports:\n  - acme/common\ntasks:\n  - type: mask_table\n    table: users\n"
    static let fileTasks = "version: '1.0'\ntasks:\n  - type: mask_file\n"

    /// A stored Postgres connection named `name`.
    static func database(_ client: DataMasqueClient, named name: String = "crm") async throws -> Connection {
        try await client.connections.create(
            .database(
                DatabaseConnection(
                    name: name, databaseType: .postgres, host: "db.internal", port: 5432, database: "crm",
                    user: "masker", password: "pg-secret-password")))
    }

    /// The library `acme/common` and a valid one-table ruleset importing it.
    static func ruleset(_ client: DataMasqueClient, named name: String = "customers") async throws -> Ruleset {
        _ = try await client.rulesetLibraries.createOrUpdate(
            RulesetLibrary(name: "common", namespace: "acme", yaml: "version: '1.0'\n"))
        return try await client.rulesets.createOrUpdate(Ruleset(name: name, yaml: Self.oneTable))
    }

    @Test("a run walks queued, validating, running, finished, with its log following along")
    func lifecycle() async throws {
        try await withEmulator(Self.manualClock) { emulator in
            try await emulator.withClient { client in
                let source = try await Self.database(client)
                let ruleset = try await Self.ruleset(client)
                #expect(ruleset.isValid == .valid)
                let id = try await client.runs.start(try MaskingRunRequest(connection: source, ruleset: ruleset, name: "nightly"))

                let busy = try await client.runs.unfinished()
                #expect(busy["crm"]?.id == id && busy["crm"]?.status == .queued)
                #expect(try await client.runs.list(status: .queued).map(\.id) == [id])

                var log = client.runs.followLog(id: id, pollInterval: .milliseconds(5)).makeAsyncIterator()
                #expect(try await log.next()?.message == "Run queued.")

                var changes = client.runs.statusChanges(id: id, pollInterval: .milliseconds(5)).makeAsyncIterator()
                #expect(try await changes.next()?.status == .queued)
                for expected in [MaskingRunStatus.validating, .running, .finished] {
                    await emulator.control.advanceRuns(steps: 1)
                    #expect(try await changes.next()?.status == expected)
                }
                #expect(try await changes.next() == nil)

                var rest: [RunLogEntry] = []
                while let entry = try await log.next() { rest.append(entry) }
                #expect(rest.first?.message.hasPrefix("Validating ruleset") == true)
                #expect(rest.last?.message == "Masking run finished.")
                #expect(rest.allSatisfy { $0.timestamp != nil && $0.logLevel == .info })

                let run = try await client.runs.wait(id: id)
                #expect(run.status == .finished && run.name == "nightly" && run.rulesetName == "customers")
                #expect(run.sourceConnection == RunConnection(id: source.id, name: "crm"))
                #expect(run.destinationConnection == nil && run.rulesetID == ruleset.id)
                #expect(run.startTime != nil && run.endTime != nil && run.createdTime != nil)
                #expect(try await client.runs.unfinished().isEmpty)
                #expect(try await client.runs.logEntries(id: id).count == rest.count + 1)
            }
        }
    }

    @Test("cancelling: cancelling, then cancelled; a second cancel is refused")
    func cancel() async throws {
        try await withEmulator(Self.manualClock) { emulator in
            try await emulator.withClient { client in
                let request = try MaskingRunRequest(
                    connection: try await Self.database(client), ruleset: try await Self.ruleset(client),
                    options: MaskingRunOptions(dryRun: true, runSecret: "a-run-secret-of-24-chars"))
                let id = try await client.runs.start(request)
                #expect(try await client.runs.cancel(id: id).status == .cancelling)
                let error = try await #require(throws: DataMasqueError.self) { try await client.runs.cancel(id: id) }
                #expect(error.code == .runNotCancellable && error.serverMessage != nil)

                await emulator.control.advanceRuns(steps: 1)
                let run = try await client.runs.wait(id: id, pollInterval: .milliseconds(5))
                #expect(run.status == .cancelled)
                #expect(run.options?["run_secret"] == .null && run.options?["has_run_secret"] == true)
            }
            let bodies = await emulator.control.requests.compactMap(\.body)
            #expect(!bodies.description.contains("a-run-secret-of-24-chars"))
        }
    }

    @Test("refusals: invalid ruleset, invalid library by name, busy connection")
    func refusals() async throws {
        try await withEmulator(Self.manualClock) { emulator in
            try await emulator.withClient { client in
                let source = try await Self.database(client)
                let broken = try await client.rulesets.createOrUpdate(Ruleset(name: "broken", yaml: "version: '1.0'\n"))
                #expect(broken.isValid == .invalid)
                let invalid = try await #require(throws: DataMasqueError.self) {
                    try await client.runs.start(try MaskingRunRequest(connection: source, ruleset: broken))
                }
                #expect(invalid.code == .invalidRuleset && invalid.response?.status == 400)

                _ = try await client.rulesetLibraries.createOrUpdate(
                    RulesetLibrary(name: "common", namespace: "acme", yaml: "functions: []\n"))
                let importer = try await client.rulesets.createOrUpdate(Ruleset(name: "importer", yaml: Self.oneTable))
                #expect(importer.validationErrors.map(\.validationErrorType) == [.libraryInvalid])
                let library = try await #require(throws: DataMasqueError.self) {
                    try await client.runs.start(try MaskingRunRequest(connection: source, ruleset: importer))
                }
                #expect(library.code == .invalidLibrary && library.libraryName == "acme/common")

                let valid = try await Self.ruleset(client, named: "valid")
                _ = try await client.runs.start(try MaskingRunRequest(connection: source, ruleset: valid))
                let busy = try await #require(throws: DataMasqueError.self) {
                    try await client.runs.start(try MaskingRunRequest(connection: source, ruleset: valid))
                }
                #expect(busy.code == .failedToStart && busy.serverMessage?.contains("Simultaneous") == true)
            }
        }
    }

    @Test("a file run's report reads as CSV and downloads to a file")
    func fileReport() async throws {
        try await withEmulator(Self.manualClock) { emulator in
            try await emulator.withClient { client in
                let source = try await client.connections.create(
                    .mountedShare(MountedShareConnection(name: "in", baseDirectory: "in", isFileMaskSource: true)))
                let target = try await client.connections.create(
                    .mountedShare(MountedShareConnection(name: "out", baseDirectory: "out", isFileMaskDestination: true)))
                let ruleset = try await client.rulesets.createOrUpdate(
                    Ruleset(name: "files", yaml: Self.fileTasks, rulesetType: .file))
                let id = try await client.runs.start(
                    try MaskingRunRequest(connection: source, ruleset: ruleset, destination: target))
                let early = try await #require(throws: DataMasqueError.self) { try await client.runs.report(id: id) }
                #expect(early.status == 404)

                await emulator.control.completeRuns()
                let run = try await client.runs.wait(id: id)
                #expect(run.maskType == .file && run.destinationConnection?.name == "out")
                let report = try await client.runs.report(id: id)
                #expect(report.hasPrefix("path,file_size,file_type,skip_reason\n"))

                let file = FileManager.default.temporaryDirectory.appendingPathComponent("run-report-\(UUID()).csv")
                defer { try? FileManager.default.removeItem(at: file) }
                try await client.runs.downloadReport(id: id, to: file)
                #expect(try String(contentsOf: file, encoding: .utf8) == report)
                let sdd = try await #require(throws: DataMasqueError.self) { try await client.runs.sddReport(id: id) }
                #expect(sdd.status == 404)
            }
        }
    }

    @Test("waiting gives up at the timeout while the run carries on")
    func timeout() async throws {
        try await withEmulator(Self.manualClock) { emulator in
            try await emulator.withClient { client in
                let request = try MaskingRunRequest(
                    connection: try await Self.database(client), ruleset: try await Self.ruleset(client))
                let id = try await client.runs.start(request)
                let error = try await #require(throws: DataMasqueError.self) {
                    try await client.runs.wait(id: id, pollInterval: .milliseconds(10), timeout: .milliseconds(60))
                }
                #expect(error.code == .timeout)
                #expect(try await client.runs.get(id: id).status == .queued)
            }
        }
    }
}
