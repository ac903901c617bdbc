import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

/// The runs list, its filters and paging, and the run reports.
@Suite struct RunListTests {
    /// Starts three finished runs on connections `a`, `b` and `c`, then a queued one on `c` with ruleset `other`.
    static func seed(_ client: any TestClientProtocol, _ control: EmulatorControl) async throws -> String {
        var fixture = try await RunTests.fixture(client, connection: "a")
        let key = fixture.key
        for name in ["b", "c"] {
            var body = try #require(ConnectionTests.postgres.objectValue)
            body["name"] = .string(name)
            let id = try await client.send(.post, "/api/connections/", token: key, json: .object(body)).json?["id"]
            _ = try await RunTests.start(client, fixture)
            fixture.connection = try #require(id?.stringValue)
        }
        _ = try await RunTests.start(client, fixture)
        await control.completeRuns()
        fixture.ruleset = try #require(
            try await RulesetTests.upsert(client, key, name: "other").json?["id"]?.stringValue)
        _ = try await RunTests.start(client, fixture)
        return key
    }

    @Test func theListIsNewestFirstAndPaged() async throws {
        try await withTestEmulator(RunTests.manualClock) { client, control in
            let key = try await Self.seed(client, control)
            let all = try await client.send(.get, "/api/runs/", token: key)
            #expect(all.json?.arrayValue?.compactMap { $0["id"]?.intValue } == [4, 3, 2, 1])
            let page = try await client.send(.get, "/api/runs/?limit=2&offset=2", token: key)
            #expect(page.json?["count"] == 4)
            #expect(page.json?["results"]?.arrayValue?.compactMap { $0["id"]?.intValue } == [2, 1])
            #expect(page.json?["previous"] == "http://localhost/api/runs/?limit=2")
            #expect(page.json?["next"] == .some(.null))
        }
    }

    @Test(
        arguments: [
            ("run_status=queued", [4]), ("run_status=finished", [3, 2, 1]), ("ruleset_name=other", [4]),
            ("ruleset_name=demo&run_status=", [3, 2, 1]), ("connection_ruleset_name=C", [4, 3]),
            ("connection_ruleset_name=oth", [4]), ("connection_ruleset_name=&ruleset_name=&run_status=", [4, 3, 2, 1]),
        ])
    func filtersSelectRuns(query: String, ids: [Int]) async throws {
        try await withTestEmulator(RunTests.manualClock) { client, control in
            let key = try await Self.seed(client, control)
            let page = try await client.send(.get, "/api/runs/?\(query)&limit=10&offset=0", token: key)
            #expect(page.json?["results"]?.arrayValue?.compactMap { $0["id"]?.intValue } == ids)
        }
    }

    @Test func aFinishedFileRunHasARunReport() async throws {
        try await withTestEmulator(RunTests.manualClock) { client, control in
            var fixture = try await RunTests.fixture(client)
            fixture.ruleset = try #require(
                try await RulesetTests.upsert(
                    client, fixture.key, maskType: "file", yaml: "version: '1.0'\ntasks:\n  - type: mask_file\n"
                ).json?["id"]?.stringValue)
            let extra: [String: JSONValue] = [
                "options": [:], "mask_type": "file", "destination_connection": .string(fixture.connection),
            ]
            let run = try await RunTests.start(client, fixture, extra: extra)
            #expect(run.json?["destination_connection_name"] == "pg")
            #expect(try await client.send(.get, "/api/runs/1/run-report/", token: fixture.key).status == .notFound)
            await control.completeRuns()
            let report = try await client.send(.get, "/api/runs/1/run-report/", token: fixture.key)
            #expect(report.status == .ok)
            #expect(report.headers[.contentType] == "text/csv")
            let lines = report.text.split(separator: "\n")
            #expect(lines.first == "path,file_size,file_type,skip_reason")
            #expect(lines.dropFirst().first == "customers.csv,1000,csv,")
            #expect(lines.last == "README.md,512,md,No matching rule")
            #expect(try await client.send(.get, "/api/runs/1/sdd-report/", token: fixture.key).status == .notFound)
        }
    }

    @Test func aDatabaseRunHasNoRunReport() async throws {
        try await withTestEmulator(RunTests.manualClock) { client, control in
            let fixture = try await RunTests.fixture(client)
            _ = try await RunTests.start(client, fixture)
            await control.completeRuns()
            #expect(try await client.send(.get, "/api/runs/1/run-report/", token: fixture.key).status == .notFound)
        }
    }
}
