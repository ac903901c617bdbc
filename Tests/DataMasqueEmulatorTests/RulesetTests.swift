import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct RulesetTests {
    static let validYAML = "version: '1.0'\ntasks:\n  - type: mask_table\n    table: customers\n"

    /// Upserts a ruleset and returns the response.
    static func upsert(
        _ client: any TestClientProtocol, _ key: String, name: String = "demo", maskType: String = "database",
        yaml: String = validYAML
    ) async throws -> TestResponse {
        try await client.send(
            .post, "/api/rulesets/?upsert=true", token: key,
            json: ["name": .string(name), "mask_type": .string(maskType), "config_yaml": .string(yaml)])
    }

    @Test func upsertCreatesThenReplaces() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let created = try await Self.upsert(client, key)
            #expect(created.status == .created)
            let id = try #require(created.json?["id"]?.stringValue)
            #expect(UUID(uuidString: id) != nil)
            for (field, value) in [
                "name": "demo", "mask_type": "database", "config_yaml": .string(Self.validYAML), "is_valid": "valid",
                "validation_errors": [], "unlicensed_feature_warnings": [], "git_branch": nil, "git_commit_sha": nil,
                "git_repo_url": nil, "git_synced_at": nil,
            ] as [String: JSONValue] {
                #expect(created.json?[field] == value, "\(field)")
            }
            #expect(created.json?["created"]?.stringValue?.hasSuffix("Z") == true)

            let replaced = try await Self.upsert(client, key, yaml: "version: '1.0'\ntasks: []\n")
            #expect(replaced.status == .ok)
            #expect(replaced.json?["id"] == .string(id))
            #expect(replaced.json?["config_yaml"] == "version: '1.0'\ntasks: []\n")

            let fileRuleset = try await Self.upsert(
                client, key, maskType: "file", yaml: "version: '1.0'\ntasks:\n  - type: mask_file\n")
            #expect(fileRuleset.status == .created)
            #expect(fileRuleset.json?["id"] != .string(id))
            let listed = try await client.send(.get, "/api/v2/rulesets/", token: key)
            #expect(listed.json?.arrayValue?.count == 2)
            #expect(listed.json?.arrayValue?.first?["config_yaml"] == "version: '1.0'\ntasks: []\n")
        }
    }

    @Test func aPlainDuplicatePostIsRefused() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let body: JSONValue = ["name": "demo", "mask_type": "database", "config_yaml": "version: '1.0'\ntasks: []"]
            #expect(try await client.send(.post, "/api/rulesets/", token: key, json: body).status == .created)
            let duplicate = try await client.send(.post, "/api/rulesets/", token: key, json: body)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.json == ["non_field_errors": ["The fields name, mask_type must make a unique set."]])
        }
    }

    @Test(
        arguments: [
            (["mask_type": "database", "config_yaml": ""], ["name": ["This field is required."]]),
            (
                ["name": .string(String(repeating: "r", count: 65)), "config_yaml": ""],
                ["name": ["Ensure this field has no more than 64 characters."]]
            ),
            (
                ["name": "x", "mask_type": "tape", "config_yaml": ""],
                ["mask_type": ["\"tape\" is not a valid choice."]]
            ),
        ] as [(JSONValue, JSONValue)])
    func badFieldsAreNamed(body: JSONValue, errors: JSONValue) async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let response = try await client.send(.post, "/api/rulesets/?upsert=true", token: key, json: body)
            #expect(response.status == .badRequest)
            #expect(response.json == errors)
        }
    }

    @Test func getPatchAndDelete() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let id = try #require(try await Self.upsert(client, key).json?["id"]?.stringValue)
            let fetched = try await client.send(.get, "/api/rulesets/\(id)/", token: key)
            #expect(fetched.json?["config_yaml"] == .string(Self.validYAML))
            let patched = try await client.send(.patch, "/api/rulesets/\(id)/", token: key, json: ["name": "renamed"])
            #expect(patched.status == .ok)
            #expect(patched.json?["name"] == "renamed")
            #expect(patched.json?["config_yaml"] == .string(Self.validYAML))
            #expect(try await client.send(.delete, "/api/rulesets/\(id)/", token: key).status == .noContent)
            let gone = try await client.send(.delete, "/api/rulesets/\(id)/", token: key)
            #expect(gone.status == .notFound)
            #expect(gone.json == ["detail": "Not found."])
            #expect(try await client.send(.get, "/api/rulesets/\(id)/", token: key).status == .notFound)
            #expect(try await client.send(.get, "/api/v2/rulesets/", token: key).json == [])
        }
    }

    @Test(
        arguments: [
            ("version: '1.0'\ntasks:\n  - type: mask_table\n    table: [unclosed\n", 5, "Invalid YAML"),
            (
                "version: '1.0'\ntasks:\n  - type: mask_table\n    table: t\n  - type: scramble\n", 5,
                "Unknown task type"
            ),
            ("tasks: []\n", 1, "Missing required field: version"),
            ("version: '1.0'\ntasks:\n  - type: mask_table\n", 3, "Missing required field: table"),
            ("version: '1.0'\n", 1, "Missing required field: tasks"),
        ])
    func invalidYAMLIsStoredWithALineNumberedError(yaml: String, line: Int, message: String) async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let response = try await Self.upsert(client, key, yaml: yaml)
            #expect(response.status == .created)
            #expect(response.json?["is_valid"] == "invalid")
            let error = try #require(response.json?["validation_errors"]?.arrayValue?.first)
            #expect(error["validation_error_type"] == "ruleset")
            #expect(error["line_number"] == .int(line))
            #expect(error["column_number"]?.intValue != nil)
            #expect(error["message"]?.stringValue?.contains(message) == true, "\(error)")
        }
    }

    @Test func taskTypesDependOnTheMaskType() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let response = try await Self.upsert(client, key, maskType: "file")
            #expect(response.json?["is_valid"] == "invalid")
            #expect(response.json?["validation_errors"]?[0]?["message"] == "Unknown task type \"mask_table\".")
            #expect(response.json?["validation_errors"]?[0]?["line_number"] == 3)
            #expect(response.json?["validation_errors"]?[0]?["column_number"] == 11)
        }
    }

    @Test func largeYAMLIsInProgressUntilTheDelayPasses() async throws {
        try await withTestEmulator(EmulatorConfiguration(deferredValidationDelay: .seconds(60))) { client, control in
            let key = try await client.login()
            let padding = String(repeating: "# padding line\n", count: 61_440 / 15 + 1)
            let response = try await Self.upsert(
                client, key, yaml: "version: '1.0'\ntasks:\n  - type: nope\n" + padding)
            #expect(response.status == .created)
            #expect(response.json?["is_valid"] == "in_progress")
            #expect(response.json?["validation_errors"] == [])
            #expect(response.json?["unlicensed_feature_warnings"] == .some(.null))
            let id = try #require(response.json?["id"]?.stringValue)
            #expect(try await client.send(.get, "/api/rulesets/\(id)/", token: key).json?["is_valid"] == "in_progress")
            await control.advanceClock(by: .seconds(61))
            let settled = try await client.send(.get, "/api/rulesets/\(id)/", token: key)
            #expect(settled.json?["is_valid"] == "invalid")
            #expect(settled.json?["validation_errors"]?[0]?["line_number"] == 3)
        }
    }
}
