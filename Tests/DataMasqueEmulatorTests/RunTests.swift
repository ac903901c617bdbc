import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct RunTests {
    /// Runs step only when a test moves the clock.
    static let manualClock = EmulatorConfiguration(runStepDuration: .seconds(3600))

    /// What a run needs: a token, a database connection and a valid ruleset.
    struct Fixture {
        var key: String
        var connection: String
        var ruleset: String
    }

    static func fixture(
        _ client: any TestClientProtocol, connection: String = "pg", ruleset: String = "demo",
        yaml: String =
            "version: '1.0'\ntasks:\n  - type: mask_table\n    table: users\n  - type: mask_table\n    table: orders\n"
    ) async throws -> Fixture {
        let key = try await client.login()
        var body = try #require(ConnectionTests.postgres.objectValue)
        body["name"] = .string(connection)
        let connection = try #require(
            try await client.send(.post, "/api/connections/", token: key, json: .object(body)).json?["id"]?.stringValue)
        let ruleset = try #require(
            try await RulesetTests.upsert(client, key, name: ruleset, yaml: yaml).json?["id"]?.stringValue)
        return Fixture(key: key, connection: connection, ruleset: ruleset)
    }

    static func start(
        _ client: any TestClientProtocol, _ fixture: Fixture, extra: [String: JSONValue] = ["options": [:]]
    ) async throws -> TestResponse {
        let body: [String: JSONValue] = [
            "connection": .string(fixture.connection), "ruleset": .string(fixture.ruleset), "mask_type": "database",
            "name": "pg_20260101_120000",
        ]
        return try await client.send(.post, "/api/runs/", token: fixture.key, json: .object(body.merging(extra) { $1 }))
    }

    static func status(_ client: any TestClientProtocol, _ key: String, _ id: Int) async throws -> JSONValue? {
        try await client.send(.get, "/api/runs/\(id)/", token: key).json?["status"]
    }

    @Test func aRunWalksEveryStateToFinished() async throws {
        try await withTestEmulator(Self.manualClock) { client, control in
            let fixture = try await Self.fixture(client)
            let started = try await Self.start(client, fixture)
            #expect(started.status == .created)
            let run = try #require(started.json)
            #expect(run["id"] == 1)
            #expect(run["name"] == "pg_20260101_120000")
            #expect(run["status"] == "queued")
            #expect(run["source_connection"] == .string(fixture.connection))
            #expect(run["source_connection_name"] == "pg")
            #expect(run["destination_connection_name"] == "")
            #expect(run["ruleset_name"] == "demo")
            #expect(run["start_time"] == .some(.null))
            #expect(run["options"] == ["run_secret": nil, "has_run_secret": false])

            var seen: [JSONValue] = []
            for _ in 0..<4 {
                await control.advanceRuns()
                seen.append(try await Self.status(client, fixture.key, 1) ?? nil)
            }
            #expect(seen == ["validating", "running", "running", "finished"])
            let finished = try await client.send(.get, "/api/runs/1/", token: fixture.key)
            #expect(finished.json?["start_time"]?.stringValue != nil)
            #expect(finished.json?["end_time"]?.stringValue != nil)
        }
    }

    @Test(arguments: [("demo_warn", "finished_with_warnings", 30), ("demo_fail", "failed", 40)])
    func rulesetNamesScriptTheOutcome(ruleset: String, status: String, level: Int) async throws {
        try await withTestEmulator(Self.manualClock) { client, control in
            let fixture = try await Self.fixture(client, ruleset: ruleset)
            #expect(try await Self.start(client, fixture).status == .created)
            await control.completeRuns()
            #expect(try await Self.status(client, fixture.key, 1) == .string(status))
            let log = try #require(try await client.send(.get, "/api/runs/1/log/", token: fixture.key).json?.arrayValue)
            #expect(log.contains { $0["log_level"] == .int(level) })
        }
    }

    @Test func aControlScriptsOneRun() async throws {
        try await withTestEmulator(Self.manualClock) { client, control in
            let fixture = try await Self.fixture(client)
            _ = try await Self.start(client, fixture)
            try await control.setOutcome(.failed, forRun: 1)
            await control.completeRuns()
            #expect(try await Self.status(client, fixture.key, 1) == "failed")
            await #expect(throws: EmulatorControlError.self) { try await control.setOutcome(.finished, forRun: 1) }
            await #expect(throws: EmulatorControlError.self) { try await control.setOutcome(.finished, forRun: 9) }
        }
    }

    @Test func theLogGrowsWithTheRun() async throws {
        try await withTestEmulator(Self.manualClock) { client, control in
            let fixture = try await Self.fixture(client)
            _ = try await Self.start(client, fixture)
            var lengths: [Int] = []
            for _ in 0..<5 {
                let log = try await client.send(.get, "/api/runs/1/log/", token: fixture.key)
                #expect(log.headers[.contentType] == "application/json")
                lengths.append(log.json?.arrayValue?.count ?? -1)
                await control.advanceRuns()
            }
            #expect(lengths == [1, 2, 3, 4, 6])
            let log = try #require(try await client.send(.get, "/api/runs/1/log/", token: fixture.key).json?.arrayValue)
            #expect(log.map { $0["message"] }.contains("Masked table users (250 rows)."))
            #expect(log.allSatisfy { $0["timestamp"]?.stringValue?.hasSuffix("Z") == true && $0["log_level"] != nil })
        }
    }

    @Test func cancelPassesThroughCancelling() async throws {
        try await withTestEmulator(Self.manualClock) { client, control in
            let fixture = try await Self.fixture(client)
            _ = try await Self.start(client, fixture)
            await control.advanceRuns(steps: 2)
            let cancelled = try await client.send(.post, "/api/runs/1/cancel/", token: fixture.key)
            #expect(cancelled.status == .ok)
            #expect(cancelled.json?["status"] == "cancelling")
            let again = try await client.send(.post, "/api/runs/1/cancel/", token: fixture.key)
            #expect(again.status == .badRequest)
            #expect(again.json == ["detail": "Run is already cancelling."])
            await control.advanceRuns()
            #expect(try await Self.status(client, fixture.key, 1) == "cancelled")
            await control.completeRuns()
            #expect(try await Self.status(client, fixture.key, 1) == "cancelled")
            let finished = try await client.send(.post, "/api/runs/1/cancel/", token: fixture.key)
            #expect(finished.json == ["detail": "Run is already cancelled."])
            #expect(try await client.send(.post, "/api/runs/7/cancel/", token: fixture.key).status == .notFound)
        }
    }

    @Test func aQueuedRunCancelsWithoutStarting() async throws {
        try await withTestEmulator(Self.manualClock) { client, control in
            let fixture = try await Self.fixture(client)
            _ = try await Self.start(client, fixture)
            #expect(try await client.send(.post, "/api/runs/1/cancel/", token: fixture.key).status == .ok)
            await control.completeRuns()
            let run = try await client.send(.get, "/api/runs/1/", token: fixture.key)
            #expect(run.json?["status"] == "cancelled")
            #expect(run.json?["start_time"] == .some(.null))
        }
    }

    @Test func runsProgressOnTheirOwn() async throws {
        try await withTestEmulator(EmulatorConfiguration(runStepDuration: .milliseconds(20))) { client, _ in
            let fixture = try await Self.fixture(client)
            _ = try await Self.start(client, fixture)
            try await Task.sleep(for: .milliseconds(200))
            #expect(try await Self.status(client, fixture.key, 1) == "finished")
        }
    }

    @Test func unknownRunsAre404Everywhere() async throws {
        try await withTestEmulator { client, _ in
            let key = try await client.login()
            for path in [
                "/api/runs/999999999/", "/api/runs/1/log/", "/api/runs/x/run-report/", "/api/runs/1/sdd-report/",
            ] {
                let response = try await client.send(.get, path, token: key)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.json == ["detail": "Not found."])
            }
        }
    }
}
