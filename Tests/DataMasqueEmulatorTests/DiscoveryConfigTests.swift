import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct DiscoveryConfigTests {
    static let configYAML = "version: '1.0'\nlabels:\n  - name: Email\n    keywords: [email]\n"

    static func create(
        _ client: any TestClientProtocol, _ key: String, name: String = "cfg", type: String = "database",
        yaml: String = configYAML
    ) async throws -> TestResponse {
        try await client.send(
            .post, "/api/discovery/configs/", token: key,
            json: ["name": .string(name), "config_type": .string(type), "config_yaml": .string(yaml)])
    }

    static func createLibrary(
        _ client: any TestClientProtocol, _ key: String, name: String, namespace: String = "",
        yaml: String = configYAML
    ) async throws -> TestResponse {
        try await client.send(
            .post, "/api/discovery/config-libraries/", token: key,
            json: ["name": .string(name), "namespace": .string(namespace), "config_yaml": .string(yaml)])
    }

    @Test func configsAreUniquePerNameAndType() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let database = try await Self.create(client, key)
            #expect(database.status == .created)
            #expect(database.json?["is_valid"] == "valid")
            #expect(database.json?["validation_error"] == .null)
            #expect(database.json?["errors"] == [:])
            #expect(database.json?["archived"] == false)
            #expect(try await Self.create(client, key, type: "file").status == .created)
            let clash = try await Self.create(client, key)
            #expect(clash.status == .badRequest)
            #expect(clash.json?["non_field_errors"]?[0] == "The fields name, config_type must make a unique set.")
            let wrongType = try await Self.create(client, key, name: "other", type: "table")
            #expect(wrongType.json?["config_type"]?[0] == "\"table\" is not a valid choice.")
            let noYAML = try await client.send(
                .post, "/api/discovery/configs/", token: key, json: ["name": "x", "config_type": "file"])
            #expect(noYAML.json?["config_yaml"]?[0] == "This field is required.")

            let page = try await client.send(
                .get, "/api/discovery/configs/?name_exact=cfg&config_type=file&limit=1&offset=0", token: key)
            #expect(page.json?["count"] == 1)
            #expect(page.json?["results"]?[0]?["config_type"] == "file")
            #expect(page.json?["results"]?[0]?["config_yaml"] == nil)
            let all = try await client.send(.get, "/api/discovery/configs/?limit=1", token: key)
            #expect(all.json?["count"] == 2)
            #expect(all.json?["next"]?.stringValue?.hasSuffix("/api/discovery/configs/?limit=1&offset=1") == true)
        }
    }

    @Test func invalidYAMLIsStoredWithPositionedErrors() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let created = try await Self.create(client, key, yaml: "version: '1.0'\nmasks: []\n")
            #expect(created.status == .created)
            #expect(created.json?["is_valid"] == "invalid")
            #expect(created.json?["validation_error"] == "Unknown field: masks")
            let detail = try #require(created.json?["errors"]?["config_yaml"]?[0])
            #expect(detail == ["message": "Unknown field: masks", "line_number": 2, "column_number": 1])

            let id = try #require(created.json?["id"]?.stringValue)
            let fixed = try await client.send(
                .put, "/api/discovery/configs/\(id)/", token: key,
                json: ["name": "cfg", "config_type": "database", "config_yaml": .string(Self.configYAML)])
            #expect(fixed.status == .ok && fixed.json?["is_valid"] == "valid")
            #expect(try await client.send(.get, "/api/discovery/configs/\(id)/", token: key).json?["config_yaml"]
                == .string(Self.configYAML))
            #expect(try await client.send(.delete, "/api/discovery/configs/\(id)/", token: key).status == .noContent)
            #expect(try await client.send(.delete, "/api/discovery/configs/\(id)/", token: key).status == .notFound)
        }
    }

    @Test func largeYAMLIsValidatedLater() async throws {
        try await withTestEmulator(EmulatorConfiguration(deferredValidationDelay: .milliseconds(50))) { client, _ throws in
            let key = try await client.login()
            let padding = String(repeating: "# padding\n", count: 6_200)
            let created = try await Self.create(client, key, yaml: Self.configYAML + padding)
            #expect(created.json?["is_valid"] == "in_progress")
            let id = try #require(created.json?["id"]?.stringValue)
            try await Task.sleep(for: .milliseconds(100))
            #expect(try await client.send(.get, "/api/discovery/configs/\(id)/", token: key).json?["is_valid"] == "valid")
        }
    }

    @Test(arguments: ["database", "file"])
    func defaultsAreValidYAML(type: String) async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let defaults = try await client.send(.get, "/api/discovery/configs/defaults/?config_type=\(type)", token: key)
            #expect(defaults.status == .ok)
            #expect(defaults.headers[.contentType] == "application/x-yaml")
            #expect(defaults.text.contains("labels:"))
            #expect(try await Self.create(client, key, type: type, yaml: defaults.text).json?["is_valid"] == "valid")
        }
    }

    @Test func libraryImportedByAConfigNeedsForceThenTheConfigIsInvalid() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let library = try await Self.createLibrary(client, key, name: "finance", namespace: "org")
            #expect(library.status == .created && library.json?["usage_count"] == 0)
            #expect(library.json?["is_valid"] == "valid")
            let config = try await Self.create(client, key, yaml: "version: '1.0'\nimports: [org/finance]\n")
            #expect(config.json?["is_valid"] == "valid")

            let list = try await client.send(.get, "/api/discovery/config-libraries/?name_exact=finance", token: key)
            #expect(list.json?[0]?["usage_count"] == 1)
            #expect(list.json?[0]?["config_yaml"] == nil)
            let id = try #require(library.json?["id"]?.stringValue)
            let refused = try await client.send(.delete, "/api/discovery/config-libraries/\(id)/", token: key)
            #expect(refused.status == .conflict)
            #expect(refused.json?["detail"] == "Cannot delete library \"finance\": used by 1 active config(s)")
            #expect(refused.json?["configs"]?[0]?["name"] == "cfg")
            let forced = try await client.send(.delete, "/api/discovery/config-libraries/\(id)/?force=true", token: key)
            #expect(forced.status == .noContent)

            let configID = try #require(config.json?["id"]?.stringValue)
            let orphan = try await client.send(.get, "/api/discovery/configs/\(configID)/", token: key)
            #expect(orphan.json?["is_valid"] == "invalid")
            #expect(orphan.json?["validation_error"] == "Library \"org/finance\" does not exist.")
        }
    }

    @Test func librariesAreUniquePerNamespace() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            #expect(try await Self.createLibrary(client, key, name: "lib").status == .created)
            #expect(try await Self.createLibrary(client, key, name: "lib", namespace: "org").status == .created)
            #expect(try await Self.createLibrary(client, key, name: "lib").status == .badRequest)
            let invalid = try await Self.createLibrary(client, key, name: "bad", yaml: "labels: 3\n")
            #expect(invalid.json?["is_valid"] == "invalid")
            #expect(invalid.json?["validation_error"]
                == "Missing required field: version; Field labels must be a list.")
            let scoped = try await client.send(.get, "/api/discovery/config-libraries/?namespace=org", token: key)
            #expect(scoped.json?.arrayValue?.count == 1)
            let all = try await client.send(.get, "/api/discovery/config-libraries/?limit=1", token: key)
            #expect(all.json?.arrayValue?.count == 3)
        }
    }

    @Test func rgConfigsValidateAndArchiveOnDelete() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let defaults = try await client.send(.get, "/api/ruleset-generation-configs/defaults/", token: key)
            #expect(defaults.headers[.contentType] == "application/x-yaml")
            let created = try await client.send(
                .post, "/api/ruleset-generation-configs/", token: key,
                json: ["name": "strict", "config_yaml": .string(defaults.text)])
            #expect(created.status == .created && created.json?["is_valid"] == "valid")
            #expect(created.json?["validation_errors"] == [])
            let clash = try await client.send(
                .post, "/api/ruleset-generation-configs/", token: key, json: ["name": "strict", "config_yaml": "x: 1\n"])
            #expect(clash.status == .badRequest)

            let id = try #require(created.json?["id"]?.stringValue)
            let broken = try await client.send(
                .put, "/api/ruleset-generation-configs/\(id)/", token: key,
                json: ["name": "strict", "config_yaml": "version: '1.0'\nlabels:\n  Email: {seed: x}\n"])
            #expect(broken.json?["is_valid"] == "invalid")
            #expect(broken.json?["validation_errors"]?[0]?["validation_error_type"] == "rg_config")
            #expect(broken.json?["validation_errors"]?[0]?["line_number"] == 3)

            let page = try await client.send(.get, "/api/ruleset-generation-configs/?name_exact=strict&limit=1", token: key)
            #expect(page.json?["count"] == 1)
            #expect(try await client.send(.delete, "/api/ruleset-generation-configs/\(id)/", token: key).status == .noContent)
            #expect(try await client.send(.get, "/api/ruleset-generation-configs/\(id)/", token: key).status == .notFound)
            let again = try await client.send(
                .post, "/api/ruleset-generation-configs/", token: key,
                json: ["name": "strict", "config_yaml": .string(defaults.text)])
            #expect(again.status == .created)
        }
    }
}
