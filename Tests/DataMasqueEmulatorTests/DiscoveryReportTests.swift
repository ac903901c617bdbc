import DataMasque
import DataMasqueTesting
import Foundation
import Testing

@testable import DataMasqueEmulator

@Suite("Discovery reports, config snapshots and generation from CSV over loopback")
struct DiscoveryReportTests {
    typealias Support = DiscoverySupport

    /// A connection with one finished schema discovery; returns the connection and run ids.
    static func scanned(_ client: DataMasqueClient, _ emulator: RunningEmulator) async throws -> (String, Int) {
        let connection = try await Support.database(client)
        let id = try await Support.start(client, "/api/schema-discovery/", ["connection": .string(connection)])
        await emulator.control.completeRuns()
        return (connection, id)
    }

    @Test("the reports answer 404 until the run has finished, and for runs of the wrong kind")
    func missingOutput() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                let id = try await Support.start(client, "/api/schema-discovery/", ["connection": .string(connection)])
                for path in ["api/runs/\(id)/sdd-report/", "api/runs/\(id)/db-discovery-results/report/", "api/runs/\(id)/file-discovery-results/"] {
                    let response = try await Support.get(client, path)
                    #expect(response.status == 404, "\(path)")
                    #expect(response.json?["detail"]?.stringValue != nil)
                }
                #expect(try await Support.get(client, "/api/discovery/runs/\(id)/config-snapshot/").status == 200)
                await emulator.control.completeRuns()
                #expect(try await Support.get(client, "api/runs/\(id)/file-discovery-results/").status == 404)
                #expect(try await Support.get(client, "api/runs/\(id)/sdd-report/").status == 200)
                #expect(try await Support.get(client, "api/runs/\(id)/").json?["has_sdd_report"] == true)
                #expect(try await Support.get(client, "/api/discovery/runs/999/config-snapshot/").status == 404)
            }
        }
    }

    @Test("the database report is CSV with a selected column, or without it, and the SDD report lists flagged columns")
    func reports() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let (_, id) = try await Self.scanned(client, emulator)
                let report = try await Support.get(client, "api/runs/\(id)/db-discovery-results/report/")
                #expect(report.header("Content-Type") == "text/csv")
                let lines = report.text.split(separator: "\n").map(String.init)
                #expect(lines.first == "schema,table,column,data_type,constraint,labels,categories,flagged_by,selected")
                #expect(lines.contains("public,customers,email,character varying,Unique,email,PII; Contact,MDD,true"))
                #expect(lines.contains("public,customers,id,integer,Primary,,,,false"))
                let plain = try await Support.get(
                    client, "api/runs/\(id)/db-discovery-results/report/", query: [("include_selection_column", "false")])
                #expect(plain.text.hasPrefix("schema,table,column,data_type,constraint,labels,categories,flagged_by\n"))
                #expect(!plain.text.contains(",true\n"))
                let sdd = try await Support.get(client, "api/runs/\(id)/sdd-report/").text
                #expect(sdd.contains("public,employees,ssn,social_security_number,US Social Security number,PII; Government ID"))
                #expect(!sdd.contains(",status,"))
            }
        }
    }

    @Test("past the line limit a test sets, the database report is a zip of numbered CSV parts")
    func splitReport() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let (_, id) = try await Self.scanned(client, emulator)
                let whole = try await Support.get(client, "api/runs/\(id)/db-discovery-results/report/").text
                let lines = whole.split(separator: "\n").count - 1
                await emulator.control.setDiscoveryReportRowLimit(10)
                let split = try await Support.get(client, "api/runs/\(id)/db-discovery-results/report/")
                #expect(split.header("Content-Type") == "application/zip")
                #expect(split.header("Content-Disposition")?.contains("attachment") == true)
                let parts = try ZipArchive.entries(of: split.body)
                #expect(parts.count == (lines + 9) / 10)
                #expect(parts.first?.name == "discovery_report_\(id)_part_001.csv")
                let rows = parts.flatMap { String(decoding: $0.contents, as: UTF8.self).split(separator: "\n").dropFirst() }
                #expect(rows.count == lines)
                #expect(parts.allSatisfy { String(decoding: $0.contents, as: UTF8.self).hasPrefix("schema,table,") })
            }
        }
    }

    @Test("the config snapshot is a one-member zip whose YAML has a provenance header in the asked offset")
    func configSnapshot() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                let legacy = try await Support.start(
                    client, "/api/schema-discovery/", ["connection": .string(connection), "custom_keywords": ["status"]])
                await emulator.control.completeRuns()
                let snapshot = try await Support.get(
                    client, "/api/discovery/runs/\(legacy)/config-snapshot/", query: [("timezone", "+13:00")])
                #expect(snapshot.header("Content-Disposition")?.contains("config-\(legacy).yaml.zip") == true)
                let members = try ZipArchive.entries(of: snapshot.body)
                #expect(members.map(\.name) == ["config-\(legacy).yaml"])
                let yaml = String(decoding: try #require(members.first).contents, as: UTF8.self)
                #expect(yaml.hasPrefix("# Discovery configuration of run \(legacy), taken "))
                #expect(yaml.split(separator: "\n")[0].hasSuffix("+13:00 when the run started."))
                #expect(yaml.contains("custom_keywords: [\"status\"]"))

                let defaults = try await Support.start(
                    client, "/api/schema-discovery/v2/", ["connection": .string(connection), "discovery_config": nil])
                let text = String(
                    decoding: try ZipArchive.entries(of: try await Support.get(client, "/api/discovery/runs/\(defaults)/config-snapshot/").body)[0].contents,
                    as: UTF8.self)
                #expect(text.contains("+00:00 when the run started."))
                #expect(text.contains("the built-in database discovery defaults"))
                let bad = try await Support.get(client, "/api/discovery/runs/\(defaults)/config-snapshot/", query: [("timezone", "13:00")])
                #expect(bad.status == 400)
                #expect(bad.json?["timezone"] != nil)
            }
        }
    }

    @Test("a generation from the report CSV, or a zip of parts, downloads a zip of rulesets split by target size")
    func generationFromCSV() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let (connection, id) = try await Self.scanned(client, emulator)
                let report = try await Support.get(client, "api/runs/\(id)/db-discovery-results/report/").body
                let path = "/api/async-generate-ruleset/v2/\(connection)/from-csv/"
                let started = try await client.send(
                    .POST, path,
                    body: .multipart(
                        fields: [("rg_config", ""), ("target_size_bytes", "600")],
                        files: [("csv_or_zip_file", .data(report, filename: "ruleset.csv"), "text/csv")]))
                #expect(started.status == 201)
                await emulator.control.completeRuns()
                let status = try await Support.get(client, "/api/async-generate-ruleset/\(connection)/").json
                #expect(status?["status"] == "finished")
                #expect(status?["generated_ruleset"] == .some(.null))
                let download = try await Support.get(client, "/api/async-generate-ruleset/\(connection)/download-rulesets/")
                #expect(download.header("Content-Disposition")?.lowercased().contains("attachment") == true)
                let rulesets = try ZipArchive.entries(of: download.body)
                #expect(rulesets.count > 1)
                #expect(rulesets.allSatisfy { $0.name.hasSuffix(".yml") && $0.name.count <= 68 })
                #expect(rulesets.first?.name.contains("_001_customers") == true)
                for member in rulesets {
                    let stored = try await client.rulesets.createOrUpdate(
                        Ruleset(name: String(member.name.dropLast(4)), yaml: String(decoding: member.contents, as: UTF8.self)))
                    #expect(stored.isValid == .valid)
                }

                await emulator.control.setDiscoveryReportRowLimit(8)
                let zip = try await Support.get(client, "api/runs/\(id)/db-discovery-results/report/").body
                let again = try await client.send(
                    .POST, "/api/async-generate-ruleset/\(connection)/from-csv/",
                    body: .multipart(files: [("csv_or_zip_file", .data(zip, filename: "ruleset.zip"), "application/zip")]))
                #expect(again.status == 201)
                await emulator.control.completeRuns()
                let one = try ZipArchive.entries(
                    of: try await Support.get(client, "/api/async-generate-ruleset/\(connection)/download-rulesets/").body)
                #expect(one.count == 1)
                let yaml = String(decoding: try #require(one.first).contents, as: UTF8.self)
                #expect(yaml.contains("table: \"public.employees\"") && yaml.contains("column: \"ssn\""))

                let unknown = try await client.send(
                    .POST, path, body: .multipart(fields: [("rg_config", "nope")], files: [("csv_or_zip_file", .data(report, filename: "ruleset.csv"), "text/csv")]),
                    checkStatus: false)
                #expect(unknown.json == ["rg_config": ["Invalid pk \"nope\" - object does not exist."]])
                let junk = try await client.send(
                    .POST, path, body: .multipart(files: [("csv_or_zip_file", .data(Data("a,b\n1,2\n".utf8), filename: "ruleset.csv"), "text/csv")]),
                    checkStatus: false)
                #expect(junk.status == 400)
                #expect(junk.json?["csv_or_zip_file"] != nil)
            }
        }
    }
}
