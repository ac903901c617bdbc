import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Discovery and ruleset generation over loopback")
struct DiscoveryIntegrationTests {
    /// Runs and generation tasks move only when a test moves the emulator clock.
    static let manualClock = EmulatorConfiguration(port: 0, runStepDuration: .seconds(3600))
    /// Runs and generation tasks step every 20 ms.
    static let fast = EmulatorConfiguration(port: 0, runStepDuration: .milliseconds(20))

    /// A stored Postgres connection named `name`.
    static func database(_ client: DataMasqueClient, named name: String = "crm") async throws -> String {
        let connection = try await client.connections.create(
            .database(
                DatabaseConnection(
                    name: name, databaseType: .postgres, host: "db.internal", port: 5432, database: "crm",
                    user: "masker", password: "pg-secret-password")))
        return try #require(connection.id)
    }

    /// The flagged columns of a finished schema discovery run, by schema and table.
    static func flagged(_ results: [SchemaDiscoveryResult]) -> [String: [String: [String]]] {
        var columns: [String: [String: [String]]] = [:]
        for result in results where result.data.discoveryMatches.contains(where: { $0.label != nil }) {
            columns[result.schema ?? "", default: [:]][result.table, default: []].append(result.column)
        }
        return columns
    }

    @Test("a schema discovery run is a run: it is waited on like one, and its results page lazily")
    func schemaDiscovery() async throws {
        try await withEmulator(Self.manualClock) { emulator in
            try await emulator.withClient { client in
                let connectionID = try await Self.database(client)
                let id = try await client.discovery.start(SchemaDiscoveryRequest(connectionID: connectionID))
                #expect(try await client.runs.get(id: id).status == .queued)
                await emulator.control.completeRuns()
                let run = try await client.runs.wait(id: id, pollInterval: .milliseconds(10), timeout: .seconds(5))
                #expect(run.status.isSuccessful)

                let results = try await client.discovery.schemaResults(runID: id)
                let email = try #require(results.first { $0.table == "customers" && $0.column == "email" })
                #expect(email.schema == "public")
                #expect(email.data.discoveryMatches.contains { $0.label != nil })
                var streamed = 0
                for try await _ in client.discovery.schemaResultsPaginated(runID: id) { streamed += 1 }
                #expect(streamed == results.count)

                let page = try await client.discovery.schemaResultsPage(runID: id, limit: 2)
                #expect(page.results.count == 2 && page.count == results.count && page.next != nil)
                #expect(page.tableMetadata?["public"]?["customers"]?.primaryKeys?.first?.columns.isEmpty == false)
            }
        }
    }

    @Test("the reports of a schema discovery run: CSV with a selected column, a split zip, and the config snapshot")
    func reports() async throws {
        try await withEmulator(Self.manualClock) { emulator in
            try await emulator.withClient { client in
                let connectionID = try await Self.database(client)
                let id = try await client.discovery.start(SchemaDiscoveryRequest(connectionID: connectionID))
                await emulator.control.completeRuns()

                guard case .csv(let csv) = try await client.discovery.dbReport(runID: id) else {
                    Issue.record("expected a CSV report")
                    return
                }
                #expect(csv.lowercased().split(separator: "\n").first?.contains("selected") == true)
                guard case .csv(let bare) = try await client.discovery.dbReport(runID: id, includeSelectionColumn: false) else {
                    Issue.record("expected a CSV report")
                    return
                }
                #expect(bare.lowercased().split(separator: "\n").first?.contains("selected") == false)

                await emulator.control.setDiscoveryReportRowLimit(2)
                let split = try await client.discovery.dbReport(runID: id)
                #expect(split.format == .splitArchive)
                let destination = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: destination) }
                #expect(try await client.discovery.downloadDBReport(runID: id, to: destination) == .splitArchive)
                #expect(try Data(contentsOf: destination).prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))

                let snapshot = try await client.discovery.configSnapshot(runID: id, timezone: "+13:00")
                #expect(!snapshot.isEmpty)
            }
        }
    }

    @Test("file data discovery finds values in a share's files")
    func fileDiscovery() async throws {
        try await withEmulator(Self.manualClock) { emulator in
            try await emulator.withClient { client in
                let share = try await client.connections.create(
                    .mountedShare(MountedShareConnection(name: "share", baseDirectory: "data", isFileMaskSource: true)))
                let id = try await client.discovery.start(FileDataDiscoveryRequest(connectionID: try #require(share.id)))
                await emulator.control.completeRuns()
                let results = try await client.discovery.fileResults(runID: id)
                #expect(!results.isEmpty)
                #expect(results.allSatisfy { $0.connection.name == "share" && !$0.files.isEmpty })
                #expect(results.flatMap(\.results).contains { $0.matches.contains { $0.label != nil } })
            }
        }
    }

    @Test("a saved config that does not exist refuses the start with its own code")
    func missingConfig() async throws {
        try await withEmulator(Self.manualClock) { emulator in
            try await emulator.withClient { client in
                let connectionID = try await Self.database(client)
                let error = try await #require(throws: DataMasqueError.self) {
                    try await client.discovery.start(
                        SchemaDiscoveryFromConfigRequest(connectionID: connectionID, discoveryConfigID: "no-such-config"))
                }
                #expect(error.code == .discoveryConfigNotFound)
                #expect(try await client.discovery.start(SchemaDiscoveryFromConfigRequest(connectionID: connectionID)) > 0)
            }
        }
    }

    @Test("a ruleset generated from the flagged columns is valid and masks in a run")
    func generateAndMask() async throws {
        try await withEmulator(Self.fast) { emulator in
            try await emulator.withClient { client in
                let connectionID = try await Self.database(client)
                let id = try await client.discovery.start(SchemaDiscoveryRequest(connectionID: connectionID))
                _ = try await client.runs.wait(id: id, pollInterval: .milliseconds(10), timeout: .seconds(10))
                let columns = Self.flagged(try await client.discovery.schemaResults(runID: id))
                let yaml = try await client.rulesetGeneration.generate(
                    RulesetGenerationRequest(connectionID: connectionID, selection: ColumnSelection(columns: columns)))
                let ruleset = try await client.rulesets.createOrUpdate(Ruleset(name: "generated", yaml: yaml))
                #expect(ruleset.isValid == .valid)
                let run = try await client.runs.start(
                    MaskingRunRequest(connectionID: connectionID, rulesetID: try #require(ruleset.id)))
                #expect(try await client.runs.wait(id: run, pollInterval: .milliseconds(10), timeout: .seconds(10)).status.isSuccessful)

                let missing = try await #require(throws: DataMasqueError.self) {
                    try await client.rulesetGeneration.generate(
                        RulesetGenerationRequest(connectionID: connectionID, selection: ColumnSelection(columns: columns)),
                        rgConfigID: "no-such-config")
                }
                #expect(missing.code == .rgConfigNotFound)
            }
        }
    }

    @Test("background generation ends in the rulesets, from a selection or from the report CSV")
    func asyncGeneration() async throws {
        try await withEmulator(Self.fast) { emulator in
            try await emulator.withClient { client in
                let connectionID = try await Self.database(client)
                let id = try await client.discovery.start(SchemaDiscoveryRequest(connectionID: connectionID))
                _ = try await client.runs.wait(id: id, pollInterval: .milliseconds(10), timeout: .seconds(10))
                let columns = Self.flagged(try await client.discovery.schemaResults(runID: id))

                try await client.rulesetGeneration.startAsync(connectionID: connectionID, selection: .columns(ColumnSelection(columns: columns)))
                let fromSelection = try await client.rulesetGeneration.waitForRulesets(
                    connectionID: connectionID, pollInterval: .milliseconds(10), timeout: .seconds(10))
                #expect(fromSelection.map(\.name) == ["generated_ruleset"])
                #expect(try await client.rulesets.createOrUpdate(Ruleset(name: "bg", yaml: fromSelection[0].yaml)).isValid == .valid)

                guard case .csv(let report) = try await client.discovery.dbReport(runID: id) else {
                    Issue.record("expected a CSV report")
                    return
                }
                try await client.rulesetGeneration.startAsync(
                    connectionID: connectionID, csv: .data(Data(report.utf8), filename: "report.csv"))
                let fromCSV = try await client.rulesetGeneration.waitForRulesets(
                    connectionID: connectionID, pollInterval: .milliseconds(10), timeout: .seconds(10))
                #expect(!fromCSV.isEmpty && fromCSV.allSatisfy { !$0.yaml.isEmpty && $0.name != "generated_ruleset" })
            }
        }
    }

    @Test("asking for generated rulesets too early is in progress; a failed task is a failure")
    func asyncOutcomes() async throws {
        try await withEmulator(Self.manualClock) { emulator in
            try await emulator.withClient { client in
                let connectionID = try await Self.database(client)
                let selection = GenerationSelection.columns(ColumnSelection(columns: ["public": ["customers": ["email"]]]))
                try await client.rulesetGeneration.startAsync(connectionID: connectionID, selection: selection)
                let early = try await #require(throws: DataMasqueError.self) {
                    try await client.rulesetGeneration.generatedRulesets(connectionID: connectionID)
                }
                #expect(early.code == .rulesetGenerationInProgress)
                try await emulator.control.setGenerationOutcome(.failed, forConnection: connectionID)
                await emulator.control.completeRuns()
                let failed = try await #require(throws: DataMasqueError.self) {
                    try await client.rulesetGeneration.waitForRulesets(connectionID: connectionID, pollInterval: .milliseconds(10))
                }
                #expect(failed.code == .rulesetGenerationFailed)
            }
        }
    }
}
