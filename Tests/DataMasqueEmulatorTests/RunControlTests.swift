import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

/// The `/_emulator/` endpoints that drive runs for out-of-process drivers.
@Suite struct RunControlTests {
    @Test func controlEndpointsMoveAndScriptRuns() async throws {
        try await withTestEmulator(RunTests.manualClock) { client, _ in
            let fixture = try await RunTests.fixture(client)
            _ = try await RunTests.start(client, fixture)
            #expect(try await client.send(.post, "/_emulator/runs/advance", json: ["steps": 2]).status == .noContent)
            #expect(try await RunTests.status(client, fixture.key, 1) == "running")
            #expect(
                try await client.send(.post, "/_emulator/clock/advance", json: ["seconds": 3600]).status == .noContent)
            #expect(try await client.send(.get, "/api/runs/1/log/", token: fixture.key).json?.arrayValue?.count == 4)
            let scripted = try await client.send(
                .post, "/_emulator/runs/1/outcome", json: ["outcome": "finished_with_warnings"])
            #expect(scripted.status == .noContent)
            #expect(try await client.send(.post, "/_emulator/runs/complete").status == .noContent)
            #expect(try await RunTests.status(client, fixture.key, 1) == "finished_with_warnings")

            let ended = try await client.send(.post, "/_emulator/runs/1/outcome", json: ["outcome": "failed"])
            #expect(ended.status == .badRequest)
            #expect(ended.json == ["detail": "Run 1 has already ended."])
            let unknown = try await client.send(.post, "/_emulator/runs/1/outcome", json: ["outcome": "exploded"])
            #expect(unknown.json == ["outcome": ["Expected one of: finished, finished_with_warnings, failed."]])
        }
    }

    @Test func resetForgetsRulesetsLibrariesAndRuns() async throws {
        try await withTestEmulator(RunTests.manualClock) { client, control in
            let fixture = try await RunTests.fixture(client)
            _ = try await LibraryTests.create(client, fixture.key)
            _ = try await RunTests.start(client, fixture)
            #expect(await control.runs.count == 1)
            await control.reset()
            let key = try await client.login()
            #expect(try await client.send(.get, "/api/v2/rulesets/", token: key).json == [])
            #expect(try await client.send(.get, "/api/ruleset-libraries/", token: key).json == [])
            #expect(try await client.send(.get, "/api/runs/", token: key).json == [])
        }
    }
}
