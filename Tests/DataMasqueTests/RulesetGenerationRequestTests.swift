import DataMasque
import Foundation
import Testing

@Suite("Ruleset generation and bundles: requests")
struct RulesetGenerationRequestTests {
    static let yaml = "version: '1.0'\ntasks:\n  - type: mask_table\n"

    @Test("database generation posts connection, selected columns and hash columns, and returns the YAML")
    func databaseGeneration() async throws {
        let server = try ResponderServer { _ in DataMasqueResponse(status: 201, headers: [:], body: Data(Self.yaml.utf8)) }
        let selection = ColumnSelection(
            columns: ["public": ["customers": ["email"]]],
            hashColumns: ["public": ["customers": HashColumnsTableConfig(table: ["id"], columns: ["email": nil])]])
        let yaml = try await server.client.rulesetGeneration.generate(
            RulesetGenerationRequest(connectionID: "c1", selection: selection))
        #expect(yaml == Self.yaml)
        let request = try #require(server.requests.first)
        #expect(request.summary.description == "POST /api/generate-ruleset/v2/")
        let body = try await ResponderServer.json(of: request)
        #expect(body == [
            "connection": "c1", "selected_columns": ["public": ["customers": ["email"]]],
            "hash_columns": ["public": ["customers": ["table": ["id"], "columns": ["email": nil]]]],
        ])
        let plain = try JSONDecoder().decode(
            JSONValue.self,
            from: JSONEncoder().encode(RulesetGenerationRequest(connectionID: "c1", selection: ColumnSelection(columns: [:]))))
        #expect(plain == ["connection": "c1", "selected_columns": [:]])
    }

    @Test("file generation posts connection and selected data with column and path locators")
    func fileGeneration() async throws {
        let server = try ResponderServer { _ in DataMasqueResponse(status: 201, headers: [:], body: Data(Self.yaml.utf8)) }
        let request = try FileRulesetGenerationRequest(
            json: Data(#"{"connection": 7, "selected_data": [{"files": ["a.json"], "locators": ["email", ["users", "*", 0]]}]}"#.utf8))
        #expect(request.connectionID == "7")
        #expect(request.selections.first?.locators == [.column("email"), .path([.key("users"), .key("*"), .index(0)])])
        #expect(try await server.client.rulesetGeneration.generate(request) == Self.yaml)
        let sent = try #require(server.requests.first)
        #expect(sent.summary.description == "POST /api/generate-file-ruleset/")
        #expect(try await ResponderServer.json(of: sent) == [
            "connection": "7", "selected_data": [["files": ["a.json"], "locators": ["email", ["users", "*", 0]]]],
        ])
    }

    @Test("a request read from JSON names the field that is missing or of the wrong type")
    func requestFromJSON() throws {
        let missing = try #require(throws: DataMasqueError.self) {
            try RulesetGenerationRequest(json: Data(#"{"connection": "c"}"#.utf8))
        }
        #expect(missing.code == .configuration && missing.message.contains("selected_columns"))
        let wrong = try #require(throws: DataMasqueError.self) {
            try FileRulesetGenerationRequest(json: Data(#"{"connection": "c", "selected_data": [{"files": "a.csv", "locators": []}]}"#.utf8))
        }
        #expect(wrong.message.contains("selected_data[0].files"))
    }

    @Test("a bundle is exported as bytes and imported as a multipart form with the overwrite flags")
    func bundles() async throws {
        let zip = Data([0x50, 0x4B, 0x03, 0x04, 0x00])
        let server = try ResponderServer { request in
            request.url.path() == "/api/export/v1/"
                ? DataMasqueResponse(status: 200, headers: ["Content-Type": "application/zip"], body: zip)
                : .json(200, #"{"rulesets": 1}"#)
        }
        #expect(try await server.client.rulesets.exportBundle() == zip)
        let summary = try await server.client.rulesets.importBundle(
            .data(zip, filename: "b.zip"), overwriting: [.rulesets, .seedFiles])
        #expect(summary == ["rulesets": 1])
        let request = try #require(server.requests.last)
        #expect(request.summary.description == "POST /api/import/v1/")
        let form = try await ResponderServer.form(of: request)
        #expect(form.contains("name=\"overwrite_rulesets\"\r\n\r\ntrue"))
        #expect(form.contains("name=\"overwrite_libraries\"\r\n\r\nfalse"))
        #expect(form.contains("name=\"overwrite_seed_files\"\r\n\r\ntrue"))
        #expect(form.contains("name=\"zip_archive\"; filename=\"b.zip\""))
        #expect(form.contains("Content-Type: application/zip"))
    }
}
