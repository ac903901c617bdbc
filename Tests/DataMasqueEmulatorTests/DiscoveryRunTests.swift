import DataMasque
import DataMasqueTesting
import Foundation
import Testing

@testable import DataMasqueEmulator

@Suite("Discovery runs over loopback")
struct DiscoveryRunTests {
    typealias Support = DiscoverySupport

    @Test("a schema discovery is a run that walks to finished and then shows its columns, paged with table metadata")
    func schemaDiscoveryLifecycle() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                let id = try await Support.start(
                    client, "/api/schema-discovery/",
                    ["connection": .string(connection), "custom_keywords": [], "ignored_keywords": [], "schemas": [],
                     "disable_built_in_keywords": false, "disable_global_custom_keywords": false,
                     "disable_global_ignored_keywords": false])
                let run = try #require(try await Support.get(client, "/api/runs/\(id)/").json)
                #expect(run["status"] == "queued")
                #expect(run["mask_type"] == "database")
                #expect(run["ruleset_name"]?.stringValue?.hasPrefix("$auto_schema_discovery") == true)
                #expect(run["source_connection"] == .string(connection))

                let early = try await Support.get(client, "/api/schema-discovery/v2/\(id)/", query: [("limit", "10"), ("offset", "0")])
                #expect(early.status == 400)

                var seen: [String?] = []
                for _ in 0..<3 {
                    await emulator.control.advanceRuns(steps: 1)
                    seen.append(try await Support.status(client, id))
                }
                #expect(seen == ["validating", "running", "running"])
                await emulator.control.completeRuns()
                #expect(try await Support.status(client, id) == "finished")
                let listed = try await Support.get(client, "/api/runs/", query: [("limit", "10"), ("offset", "0")])
                #expect(listed.json?["results"]?.arrayValue?.contains { $0["id"]?.intValue == id } == true)
                let log = try await Support.get(client, "/api/runs/\(id)/log/").json?.arrayValue ?? []
                #expect(log.contains { $0["message"]?.stringValue?.hasPrefix("Scanned table public.customers") == true })

                let page = try #require(
                    try await Support.get(client, "/api/schema-discovery/v2/\(id)/", query: [("limit", "3"), ("offset", "0")]).json)
                #expect(page["results"]?.arrayValue?.count == 3)
                #expect(page["next"]?.stringValue?.contains("offset=3") == true)
                #expect(page["table_metadata"]?["public"]?["customers"]?["primary_keys"] == [["columns": ["id"]]])
                #expect(page["table_metadata"]?["public"]?["customers"]?["row_count"]?.intValue ?? 0 > 0)

                let rows = try await Support.schemaRows(client, id)
                #expect(rows.count == page["count"]?.intValue)
                #expect(Set(rows.compactMap { $0["schema"]?.stringValue }) == ["public"])
                let email = try #require(Support.row(rows, "public", "customers", "email"))
                #expect(Support.labels(email["data"]?["discovery_matches"]) == ["email"])
                #expect(email["data"]?["discovery_matches"]?[0]?["categories"] == ["PII", "Contact"])
                #expect(email["data"]?["discovery_matches"]?[0]?["flagged_by"] == "MDD")
                #expect(email["data"]?["constraint"] == "Unique")
                #expect(email["data"]?["safe_data_preview"] == .some(.null))
                for (table, column, label) in [
                    ("customers", "first_name", "first_name"), ("customers", "last_name", "last_name"),
                    ("customers", "dob", "date_of_birth"), ("customers", "phone", "phone_number"),
                    ("employees", "ssn", "social_security_number"), ("orders", "card_number", "credit_card_number"),
                ] {
                    #expect(Support.labels(Support.row(rows, "public", table, column)?["data"]?["discovery_matches"]) == [label])
                }
                for column in ["id", "created_at", "status"] {
                    #expect(Support.row(rows, "public", "customers", column)?["data"]?["discovery_matches"] == [])
                }
                let key = try #require(Support.row(rows, "public", "customers", "id"))
                #expect(key["data"]?["constraint"] == "Primary")
                #expect(key["data"]?["referencing_foreign_keys"]?[0]?["referencing_column"] == "public.orders.customer_id")
                #expect(
                    Support.row(rows, "public", "orders", "customer_id")?["data"]?["foreign_keys"]?[0]?["referenced_column"]
                        == "public.customers.id")
            }
        }
    }

    @Test("the fake schema is the same for the same connection in another emulator, and other schemas come when asked")
    func deterministicSchema() async throws {
        func scan(_ schemas: [JSONValue]) async throws -> [JSONValue] {
            try await withEmulator(Support.manualClock) { emulator in
                try await emulator.withClient { client in
                    let connection = try await Support.database(client, named: "warehouse")
                    let id = try await Support.start(
                        client, "/api/schema-discovery/v2/",
                        ["connection": .string(connection), "discovery_config": nil, "schemas": .array(schemas)])
                    await emulator.control.completeRuns()
                    return try await Support.schemaRows(client, id, limit: 100)
                        .map { [$0["schema"] ?? nil, $0["table"] ?? nil, $0["column"] ?? nil, $0["data"]?["data_type"] ?? nil] }
                }
            }
        }
        let first = try await scan([])
        #expect(try await scan([]) == first)
        let archive = try await scan(["archive"])
        #expect(Set(archive.compactMap { $0[0]?.stringValue }) == ["archive"])
        #expect(archive.contains { $0[1] == "audit_log" })
    }

    @Test("custom and ignored keywords, disabled built-ins, in-data discovery and Safe Data Preview shape the matches")
    func keywordOptions() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                let id = try await Support.start(
                    client, "/api/schema-discovery/",
                    ["connection": .string(connection), "custom_keywords": ["status"], "ignored_keywords": ["phone"],
                     "schemas": [], "disable_built_in_keywords": false,
                     "in_data_discovery": [
                        "enabled": true,
                        "safe_data_preview": ["enabled": true, "string_level": "first_chars", "numeric_level": "histograms",
                                              "temporal_level": "histograms"],
                     ]])
                await emulator.control.completeRuns()
                let rows = try await Support.schemaRows(client, id, limit: 100)
                #expect(Support.labels(Support.row(rows, "public", "customers", "status")?["data"]?["discovery_matches"]) == ["status"])
                #expect(Support.row(rows, "public", "customers", "phone")?["data"]?["discovery_matches"] == [])
                let email = try #require(Support.row(rows, "public", "customers", "email")?["data"])
                let idd = try #require(email["discovery_matches"]?.arrayValue?.first { $0["flagged_by"] == "IDD" })
                #expect((60...100).contains(idd["hit_ratio"]?.intValue ?? -1))
                let preview = try #require(email["safe_data_preview"])
                #expect(preview["kind"] == "string")
                #expect(preview["statistics_kind"]?["patterns"]?["top"]?[0]?["pattern"] == "aaaa.aaaa@aaaa.aaa")
                #expect(preview["statistics_kind"]?["first_chars"]?["top"]?.arrayValue?.isEmpty == false)
                let dob = try #require(Support.row(rows, "public", "customers", "dob")?["data"]?["safe_data_preview"])
                #expect(dob["kind"] == "temporal")
                #expect(dob["statistics_kind"]?["histograms"]?["bins"]?[0]?["label"] == "1950s")
                let photo = try #require(Support.row(rows, "public", "employees", "photo")?["data"]?["safe_data_preview"])
                #expect(photo["kind"] == "unsupported")
                #expect(photo["statistics_common"]?["count_distinct"] == .some(.null))
                let active = try #require(Support.row(rows, "public", "customers", "is_active")?["data"]?["safe_data_preview"])
                #expect(active["kind"] == "boolean")
                let amount = try #require(Support.row(rows, "public", "orders", "amount")?["data"]?["safe_data_preview"])
                #expect(amount["statistics_kind"]?["histograms"]?["bins"]?.arrayValue?.isEmpty == false)

                let quiet = try await Support.start(
                    client, "/api/schema-discovery/",
                    ["connection": .string(connection), "disable_built_in_keywords": true, "schemas": []])
                await emulator.control.completeRuns()
                let none = try await Support.schemaRows(client, quiet, limit: 100)
                #expect(none.allSatisfy { $0["data"]?["discovery_matches"] == [] })

                let bad = try await Support.post(
                    client, "/api/schema-discovery/",
                    ["connection": .string(connection), "in_data_discovery": ["safe_data_preview": ["string_level": "all"]]])
                #expect(bad.status == 400)
                #expect(bad.json?["in_data_discovery"]?["safe_data_preview"]?["string_level"]?[0] == "\"all\" is not a valid choice.")
            }
        }
    }

    @Test("a file data discovery flags file fields by keyword and returns a bare array once finished")
    func fileDiscovery() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let share = try await Support.share(client)
                let id = try await Support.start(
                    client, "/api/run-file-data-discovery/",
                    ["connection": .string(share), "custom_keywords": [], "ignored_keywords": [],
                     "disable_built_in_keywords": false,
                     "in_data_discovery": ["enabled": true, "safe_data_preview": ["enabled": true]]])
                #expect(try await Support.get(client, "/api/runs/\(id)/").json?["mask_type"] == "file_data_discovery")
                #expect(try await Support.get(client, "api/runs/\(id)/file-discovery-results/").status == 404)
                await emulator.control.completeRuns()
                let results = try #require(try await Support.get(client, "api/runs/\(id)/file-discovery-results/").json?.arrayValue)
                #expect(results.count == 3)
                let csv = try #require(results.first { $0["file_type"] == "csv" })
                #expect(csv["connection"]?["name"] == "drop")
                #expect(csv["files"]?[0]?["path"] == "exports/customers/customers_2024.csv")
                #expect(csv["files"]?[0]?["value_count_status"] == "counted")
                let email = try #require(csv["results"]?.arrayValue?.first { $0["locator"] == "email" })
                #expect(Support.labels(email["matches"]).first == "email")
                #expect(email["safe_data_preview"]?["sampled_from"] == "exports/customers/customers_2024.csv")
                let json = try #require(results.first { $0["file_type"] == "json" })
                let ssn = try #require(json["results"]?.arrayValue?.first { $0["locator"] == ["employees", "*", "ssn"] })
                #expect(Support.labels(ssn["matches"]).first == "social_security_number")
                #expect(json["files"]?[0]?["value_counts"]?["[\"employees\",\"*\",\"ssn\"]"]?.intValue ?? 0 > 0)

                let v2 = try await Support.post(
                    client, "/api/run-file-data-discovery/v2/",
                    ["connection": .string(share), "discovery_config": nil, "options": ["diagnostic_logging": true]])
                #expect(v2.status == 201)
                #expect(v2.json?["options"]?["diagnostic_logging"] == true)
            }
        }
    }

    @Test("starts are refused with DataMasque's bodies")
    func refusals() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let database = try await Support.database(client)
                let share = try await Support.share(client)
                let unknownConfig = try await Support.post(
                    client, "/api/schema-discovery/v2/", ["connection": .string(database), "discovery_config": "nope"])
                #expect(unknownConfig.status == 400)
                #expect(unknownConfig.json == ["discovery_config": ["Invalid pk \"nope\" - object does not exist."]])
                let unknownConnection = try await Support.post(
                    client, "/api/schema-discovery/v2/", ["connection": "nope", "discovery_config": nil])
                #expect(unknownConnection.json == ["connection": ["Invalid pk \"nope\" - object does not exist."]])
                let missing = try await Support.post(client, "/api/run-file-data-discovery/v2/", ["connection": .string(share)])
                #expect(missing.json == ["discovery_config": ["This field is required."]])
                let wrongKind = try await Support.post(
                    client, "/api/schema-discovery/", ["connection": .string(share)])
                #expect(wrongKind.status == 400)
                #expect(wrongKind.json?["connection"]?[0] == "Schema discovery needs a database connection.")

                _ = try await Support.start(client, "/api/schema-discovery/", ["connection": .string(database)])
                let busy = try await Support.post(client, "/api/schema-discovery/", ["connection": .string(database)])
                #expect(busy.json == ["detail": "Simultaneous runs on the same connection are not allowed."])
            }
        }
    }

    @Test("schema results for a run of another kind belong to its connection's latest scan, or answer 400")
    func resultsOfOtherRuns() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let share = try await Support.share(client)
                let id = try await Support.start(client, "/api/run-file-data-discovery/", ["connection": .string(share)])
                await emulator.control.completeRuns()
                let response = try await Support.get(
                    client, "/api/schema-discovery/v2/\(id)/", query: [("limit", "10"), ("offset", "0")])
                #expect(response.status == 400)
                #expect(response.json == ["detail": "Schema discovery has not been run on this connection."])
                #expect(try await Support.get(client, "/api/schema-discovery/v2/999/").status == 404)
                #expect(try await Support.get(client, "api/runs/999/file-discovery-results/").status == 404)
            }
        }
    }
}

@Suite("Discovery from saved configs over loopback")
struct SavedConfigDiscoveryTests {
    typealias Support = DiscoverySupport

    static func config(_ client: DataMasqueClient, _ name: String, _ yaml: String, type: String = "database") async throws
        -> String
    {
        let response = try await Support.post(
            client, "/api/discovery/configs/", ["name": .string(name), "config_type": .string(type), "config_yaml": .string(yaml)])
        #expect(response.status == 201, "\(response.text)")
        return try #require(response.json?["id"]?.stringValue)
    }

    @Test("a saved config's labels replace the built-in rules and its in_data_discovery turns previews on")
    func savedConfig() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                let yaml = """
                    version: "1.0"
                    labels:
                      - name: Customer Status
                        keywords: [status]
                        categories: [Internal]
                    in_data_discovery:
                      safe_data_preview:
                        enabled: true
                    """
                let id = try await Self.config(client, "status_only", yaml)
                let run = try await Support.start(
                    client, "/api/schema-discovery/v2/", ["connection": .string(connection), "discovery_config": .string(id)])
                await emulator.control.completeRuns()
                let rows = try await Support.schemaRows(client, run, limit: 100)
                #expect(Support.labels(Support.row(rows, "public", "customers", "status")?["data"]?["discovery_matches"]) == ["Customer Status"])
                #expect(Support.row(rows, "public", "customers", "email")?["data"]?["discovery_matches"] == [])
                #expect(Support.row(rows, "public", "customers", "email")?["data"]?["safe_data_preview"]?["kind"] == "string")

                let snapshot = try await Support.get(client, "/api/discovery/runs/\(run)/config-snapshot/")
                let text = String(decoding: try ZipArchive.entries(of: snapshot.body)[0].contents, as: UTF8.self)
                #expect(text.contains("database discovery config \"status_only\" (id \(id)), unchanged since."))
                #expect(text.hasSuffix(yaml))
                _ = try await client.send(.DELETE, "/api/discovery/configs/\(id)/")
                let gone = try await Support.get(client, "/api/discovery/runs/\(run)/config-snapshot/")
                #expect(String(decoding: try ZipArchive.entries(of: gone.body)[0].contents, as: UTF8.self).contains("deleted since."))

                let invalid = try await Self.config(client, "broken", "version: \"1.0\"\nnot_a_field: 1\n")
                let refused = try await Support.post(
                    client, "/api/schema-discovery/v2/", ["connection": .string(connection), "discovery_config": .string(invalid)])
                #expect(refused.json == ["discovery_config": ["Discovery config \"broken\" cannot be used: validation status is `invalid`."]])
                let file = try await Self.config(client, "files", "version: \"1.0\"\n", type: "file")
                let wrongType = try await Support.post(
                    client, "/api/schema-discovery/v2/", ["connection": .string(connection), "discovery_config": .string(file)])
                #expect(wrongType.json == ["discovery_config": [.string("Invalid pk \"\(file)\" - object does not exist.")]])
            }
        }
    }

    @Test("generation names a stored RG config, and refuses a deleted one")
    func rgConfig() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                let created = try await Support.post(
                    client, "/api/ruleset-generation-configs/",
                    ["name": "masks", "config_yaml": "version: \"1.0\"\nlabels:\n  Email: {type: from_fixed, value: x}\n"])
                let id = try #require(created.json?["id"]?.stringValue)
                let body: JSONValue = [
                    "connection": .string(connection), "selected_columns": ["public": ["customers": ["email"]]], "rg_config": .string(id),
                ]
                let yaml = try await Support.post(client, "/api/generate-ruleset/v3/", body)
                #expect(yaml.status == 201)
                #expect(yaml.text.contains("# with ruleset generation config \"masks\"."))
                _ = try await client.send(.DELETE, "/api/ruleset-generation-configs/\(id)/")
                let refused = try await Support.post(client, "/api/generate-ruleset/v3/", body)
                #expect(refused.json == ["rg_config": [.string("Invalid pk \"\(id)\" - object does not exist.")]])
            }
        }
    }
}
