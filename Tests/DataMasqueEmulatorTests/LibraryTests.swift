import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct LibraryTests {
    static let libraryYAML = "version: '1.0'\nfunctions:\n  - name: my_func\n"

    /// Creates a library and returns the response.
    static func create(
        _ client: any TestClientProtocol, _ key: String, name: String = "lib", namespace: String = "",
        yaml: String = libraryYAML
    ) async throws -> TestResponse {
        try await client.send(
            .post, "/api/ruleset-libraries/", token: key,
            json: ["name": .string(name), "namespace": .string(namespace), "config_yaml": .string(yaml)])
    }

    /// A valid database ruleset importing `imports`.
    static func importing(_ imports: String...) -> String {
        "version: '1.0'\nimports:\n" + imports.map { "  - \($0)\n" }.joined() + "tasks: []\n"
    }

    @Test func crud() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let created = try await Self.create(client, key, namespace: "team/core")
            #expect(created.status == .created)
            #expect(created.json?["is_valid"] == "valid")
            #expect(created.json?["namespace"] == "team/core")
            #expect(created.json?["config_yaml"] == .string(Self.libraryYAML))
            let id = try #require(created.json?["id"]?.stringValue)
            #expect(try await client.send(.get, "/api/ruleset-libraries/\(id)/", token: key).json == created.json)
            let replaced = try await client.send(
                .put, "/api/ruleset-libraries/\(id)/", token: key,
                json: ["name": "lib", "namespace": "team/core", "config_yaml": "functions: []\n"])
            #expect(replaced.status == .ok)
            #expect(replaced.json?["is_valid"] == "invalid")
            #expect(replaced.json?["validation_errors"]?[0]?["message"] == "Missing required field: version")
            #expect(try await client.send(.delete, "/api/ruleset-libraries/\(id)/", token: key).status == .noContent)
            #expect(try await client.send(.get, "/api/ruleset-libraries/\(id)/", token: key).status == .notFound)
            #expect(try await client.send(.delete, "/api/ruleset-libraries/\(id)/", token: key).status == .notFound)
        }
    }

    @Test(
        arguments: [
            (["name": "a/b"], ["name": ["Library names cannot contain \"/\"."]]),
            (
                ["name": "a", "namespace": "/x"],
                ["namespace": ["Namespaces cannot start or end with \"/\" or contain \"//\"."]]
            ),
            (["namespace": "x"], ["name": ["This field is required."]]),
        ] as [(JSONValue, JSONValue)])
    func badNamesAreRefused(body: JSONValue, errors: JSONValue) async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let response = try await client.send(.post, "/api/ruleset-libraries/", token: key, json: body)
            #expect(response.status == .badRequest)
            #expect(response.json == errors)
        }
    }

    @Test func namesAreUniquePerNamespace() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            #expect(try await Self.create(client, key).status == .created)
            #expect(try await Self.create(client, key, namespace: "other").status == .created)
            let duplicate = try await Self.create(client, key)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.json == ["non_field_errors": ["The fields namespace, name must make a unique set."]])
        }
    }

    @Test func theListPagesFiltersAndOmitsTheYAML() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            for (name, namespace) in [("lib1", ""), ("lib2", ""), ("lib1", "ns")] {
                _ = try await Self.create(client, key, name: name, namespace: namespace)
            }
            let page = try await client.send(.get, "/api/ruleset-libraries/?limit=2&offset=0", token: key)
            #expect(page.json?["count"] == 3)
            #expect(page.json?["next"] == "http://localhost/api/ruleset-libraries/?limit=2&offset=2")
            #expect(page.json?["results"]?.arrayValue?.count == 2)
            #expect(page.json?["results"]?[0]?["config_yaml"] == nil)
            #expect(page.json?["results"]?[0]?["is_valid"] == "valid")

            let named = try await client.send(
                .get, "/api/ruleset-libraries/?name_exact=lib1&namespace_exact=&limit=1", token: key)
            #expect(named.json?["count"] == 2)
            let scoped = try await client.send(
                .get, "/api/ruleset-libraries/?name_exact=lib1&namespace_exact=ns&limit=10", token: key)
            #expect(scoped.json?["count"] == 1)
            #expect(scoped.json?["results"]?[0]?["namespace"] == "ns")
            #expect(try await client.send(.get, "/api/ruleset-libraries/", token: key).json?.arrayValue?.count == 3)
        }
    }

    @Test func anEmptyPatchRevalidates() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let id = try #require(try await Self.create(client, key, yaml: "version: [").json?["id"]?.stringValue)
            let patched = try await client.send(.patch, "/api/ruleset-libraries/\(id)/", token: key, json: [:])
            #expect(patched.status == .ok)
            #expect(patched.json?["is_valid"] == "invalid")
            #expect(patched.json?["validation_errors"]?[0]?["line_number"]?.intValue != nil)
        }
    }

    @Test func rulesetsSeeMissingAndInvalidLibraries() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let missing = try await RulesetTests.upsert(client, key, yaml: Self.importing("core/masks"))
            #expect(missing.json?["is_valid"] == "invalid")
            #expect(missing.json?["validation_errors"]?[0]?["validation_error_type"] == "library_missing")
            #expect(missing.json?["validation_errors"]?[0]?["line_number"] == 3)

            _ = try await Self.create(client, key, name: "masks", namespace: "core", yaml: "oops: [")
            let invalid = try await client.send(
                .get, "/api/rulesets/\(missing.json?["id"]?.stringValue ?? "")/", token: key)
            #expect(invalid.json?["validation_errors"]?[0]?["validation_error_type"] == "library_invalid")
            #expect(invalid.json?["validation_errors"]?[0]?["message"] == "Library \"core/masks\" is invalid.")

            let fixed = try await Self.create(client, key, name: "shared")
            #expect(fixed.status == .created)
            #expect(
                try await RulesetTests.upsert(client, key, name: "ok", yaml: Self.importing("shared")).json?["is_valid"]
                    == "valid")
        }
    }

    @Test func deletingAnImportedLibraryNeedsForce() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let id = try #require(try await Self.create(client, key).json?["id"]?.stringValue)
            let ruleset = try await RulesetTests.upsert(client, key, name: "customers", yaml: Self.importing("lib"))
            #expect(ruleset.json?["is_valid"] == "valid")
            _ = try await RulesetTests.upsert(client, key, name: "unrelated")

            let importers = try await client.send(.get, "/api/ruleset-libraries/\(id)/rulesets/?limit=10", token: key)
            #expect(importers.json?["count"] == 1)
            #expect(importers.json?["results"]?[0]?["name"] == "customers")
            #expect(importers.json?["results"]?[0]?["config_yaml"] == nil)

            let refused = try await client.send(.delete, "/api/ruleset-libraries/\(id)/", token: key)
            #expect(refused.status == .conflict)
            #expect(
                refused.json
                    == [
                        "detail": "Cannot delete library \"lib\": used by 1 active ruleset(s)",
                        "rulesets": [["id": ruleset.json?["id"] ?? nil, "name": "customers"]],
                    ])
            #expect(
                try await client.send(.delete, "/api/ruleset-libraries/\(id)/?force=true", token: key).status
                    == .noContent)
            let orphan = try await client.send(
                .get, "/api/rulesets/\(ruleset.json?["id"]?.stringValue ?? "")/", token: key)
            #expect(orphan.json?["is_valid"] == "invalid")
            #expect(orphan.json?["validation_errors"]?[0]?["validation_error_type"] == "library_missing")
        }
    }

    @Test func largeLibrariesSettleLater() async throws {
        try await withTestEmulator(EmulatorConfiguration(deferredValidationDelay: .seconds(30))) { client, control in
            let key = try await client.login()
            let yaml = Self.libraryYAML + String(repeating: "#", count: StoredConfig.deferredValidationSize)
            let created = try await Self.create(client, key, yaml: yaml)
            #expect(created.json?["is_valid"] == "in_progress")
            await control.advanceClock(by: .seconds(30))
            let id = try #require(created.json?["id"]?.stringValue)
            #expect(
                try await client.send(.get, "/api/ruleset-libraries/\(id)/", token: key).json?["is_valid"] == "valid")
        }
    }
}
