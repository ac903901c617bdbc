import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

/// The refusals of `POST /api/runs/`, with the bodies the clients translate.
@Suite struct RunStartTests {
    @Test func anInvalidRulesetIsRefused() async throws {
        try await withTestEmulator(RunTests.manualClock) { client, _ in
            let fixture = try await RunTests.fixture(client, yaml: "version: '1.0'\ntasks:\n  - type: nope\n")
            let response = try await RunTests.start(client, fixture)
            #expect(response.status == .badRequest)
            #expect(response.json == ["ruleset": ["Cannot start run on invalid ruleset."]])
        }
    }

    @Test func aRulesetStillValidatingIsRefused() async throws {
        var configuration = RunTests.manualClock
        configuration.deferredValidationDelay = .seconds(3600)  // still pending however slow the machine
        try await withTestEmulator(configuration) { client, _ in
            let yaml =
                "version: '1.0'\ntasks: []\n" + String(repeating: "#", count: StoredConfig.deferredValidationSize)
            let fixture = try await RunTests.fixture(client, yaml: yaml)
            #expect(
                try await RunTests.start(client, fixture).json == ["ruleset": ["Cannot start run on invalid ruleset."]])
        }
    }

    @Test func anInvalidLibraryIsNamed() async throws {
        try await withTestEmulator(RunTests.manualClock) { client, _ in
            let fixture = try await RunTests.fixture(client, yaml: LibraryTests.importing("core/foo"))
            _ = try await LibraryTests.create(client, fixture.key, name: "foo", namespace: "core", yaml: "x: [")
            #expect(
                try await RunTests.start(client, fixture).json == [
                    "ruleset": ["Cannot start run. Library \"core/foo\" is invalid."]
                ])
        }
    }

    @Test func aMissingLibraryIsUnnamed() async throws {
        try await withTestEmulator(RunTests.manualClock) { client, _ in
            let fixture = try await RunTests.fixture(client, yaml: LibraryTests.importing("gone"))
            #expect(
                try await RunTests.start(client, fixture).json
                    == ["ruleset": ["Cannot start run because a library referenced from the ruleset is invalid."]])
        }
    }

    @Test(
        arguments: [
            ([:], ["options": ["This field is required."]]),
            (
                ["options": ["run_secret": "short"]],
                ["options": ["run_secret must be a string of 16 to 256 characters."]]
            ),
            (
                ["options": ["run_secret": nil, "has_run_secret": false]],
                ["options": ["Unknown option \"has_run_secret\"."]]
            ),
            (["options": [:], "connection": "nope"], ["connection": ["Invalid pk \"nope\" - object does not exist."]]),
            (["options": [:], "ruleset": "nope"], ["ruleset": ["Invalid pk \"nope\" - object does not exist."]]),
            (
                ["options": [:], "mask_type": "file"],
                ["destination_connection": ["This field is required for file masking."]]
            ),
        ] as [([String: JSONValue], JSONValue)])
    func badBodiesAreRefused(extra: [String: JSONValue], errors: JSONValue) async throws {
        try await withTestEmulator(RunTests.manualClock) { client, _ in
            let fixture = try await RunTests.fixture(client)
            let response = try await RunTests.start(client, fixture, extra: extra)
            #expect(response.status == .badRequest)
            #expect(response.json == errors)
        }
    }

    @Test func aBusyConnectionIsRefusedUntilItsRunEnds() async throws {
        try await withTestEmulator(RunTests.manualClock) { client, control in
            let fixture = try await RunTests.fixture(client)
            let options: [String: JSONValue] = ["options": ["run_secret": "0123456789abcdef", "batch_size": 500]]
            let first = try await RunTests.start(client, fixture, extra: options)
            #expect(first.json?["options"] == ["run_secret": nil, "has_run_secret": true, "batch_size": 500])
            let second = try await RunTests.start(client, fixture)
            #expect(second.status == .badRequest)
            #expect(second.json == ["detail": "Simultaneous runs on the same connection are not allowed."])
            await control.completeRuns()
            let third = try await RunTests.start(client, fixture)
            #expect(third.status == .created)
            #expect(third.json?["id"] == 2)
        }
    }
}
