import DataMasque
import Foundation
import Testing

@Suite("Rulesets: requests")
struct RulesetRequestTests {
    @Test("create-or-update posts an upsert with only the writable fields and adopts the server's verdict")
    func upsert() async throws {
        let server = try ResponderServer { _ in .json(201, RulesetModelTests.s4) }
        let ruleset = Ruleset(name: "test_ruleset", yaml: "version: '1.0'\ntasks: []")
        let stored = try await server.client.rulesets.createOrUpdate(ruleset)
        let request = try #require(server.requests.first)
        #expect(request.summary.description == "POST /api/rulesets/")
        #expect(request.url.query() == "upsert=true")
        #expect(request.body.jsonObject == [
            "name": "test_ruleset", "config_yaml": "version: '1.0'\ntasks: []", "mask_type": "database",
        ])
        #expect(stored.id == "2" && stored.isValid == .invalid && stored.validationErrors.count == 1)
        #expect(stored.yaml == ruleset.yaml && stored.name == ruleset.name)
    }

    @Test("a stored ruleset sent again never echoes its read-only fields")
    func resend() async throws {
        let server = try ResponderServer { _ in .json(200, RulesetModelTests.s4) }
        let listed = try decodeJSON([Ruleset].self, RulesetModelTests.s3)[0]
        _ = try await server.client.rulesets.createOrUpdate(listed)
        let body = try #require(server.requests.first?.body.jsonObject)
        #expect(Set(body.keys) == ["name", "config_yaml", "mask_type"])
    }

    @Test("a refused upsert throws and changes nothing")
    func refused() async throws {
        let server = try ResponderServer { _ in .json(400, #"{"name": ["This field may not be blank."]}"#) }
        let error = try await #require(throws: DataMasqueError.self) {
            try await server.client.rulesets.createOrUpdate(Ruleset(name: ""))
        }
        #expect(error.code == .api && error.serverMessage?.contains("blank") == true)
    }

    @Test("lookup and delete by name match the type too")
    func byNameAndType() async throws {
        let server = try ResponderServer { request in
            request.method == .GET ? .json(200, RulesetModelTests.s3) : DataMasqueResponse(status: 204)
        }
        #expect(try await server.client.rulesets.get(named: "file_masking_ruleset", type: .file)?.id == "2")
        #expect(try await server.client.rulesets.get(named: "file_masking_ruleset") == nil)
        try await server.client.rulesets.deleteIfExists(named: "synced_ruleset", type: .file)
        try await server.client.rulesets.deleteIfExists(named: "synced_ruleset")
        #expect(server.requests.map(\.summary.description) == [
            "GET /api/v2/rulesets/", "GET /api/v2/rulesets/", "GET /api/v2/rulesets/", "GET /api/v2/rulesets/",
            "DELETE /api/rulesets/1/",
        ])
    }

    @Test("delete by name needs listed ids; delete by id tolerates 404")
    func deleteEdges() async throws {
        let server = try ResponderServer { request in
            request.method == .GET ? .json(200, #"[{"name": "x"}]"#) : .json(404, #"{"detail": "Not found."}"#)
        }
        try await server.client.rulesets.deleteIfExists(id: "gone")
        let error = try await #require(throws: DataMasqueError.self) {
            try await server.client.rulesets.deleteIfExists(named: "x")
        }
        #expect(error.code == .unexpectedResponse)
    }

    @Test("waiting for validation polls until the verdict")
    func waitForValidation() async throws {
        let server = try ResponderServer.sequence([
            .json(200, #"{"id": "9", "name": "big", "is_valid": "in_progress", "unlicensed_feature_warnings": null}"#),
            .json(200, #"{"id": "9", "name": "big", "is_valid": "valid", "unlicensed_feature_warnings": []}"#),
        ])
        let ruleset = try await server.client.rulesets.waitForValidation(id: "9", pollInterval: .milliseconds(1))
        #expect(ruleset.isValid == .valid && ruleset.unlicensedFeatureWarnings == [])
        #expect(server.requests.map(\.summary.description) == ["GET /api/rulesets/9/", "GET /api/rulesets/9/"])
    }
}
