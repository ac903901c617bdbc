import DataMasque
import Foundation
import Testing

@Suite("Ruleset libraries: requests")
struct LibraryRequestTests {
    static func page(_ items: [(name: String, namespace: String)], next: String? = nil) -> DataMasqueResponse {
        let results = items.enumerated().map { index, item in
            #"{"id": "id-\#(item.namespace)-\#(index)", "name": "\#(item.name)", "namespace": "\#(item.namespace)", "is_valid": "valid"}"#
        }
        let link = next.map { "\"\($0)\"" } ?? "null"
        return .json(200, #"{"count": 2, "next": \#(link), "previous": null, "results": [\#(results.joined(separator: ","))]}"#)
    }

    static let detail = DataMasqueResponse.json(
        200, #"{"id": "id--0", "name": "lib", "namespace": "", "config_yaml": "version: '1.0'", "is_valid": "valid"}"#)

    @Test("lookup by name sends both exact filters, the empty namespace included, with limit 1, then fetches the detail")
    func getNamed() async throws {
        let server = try ResponderServer { request in
            request.url.path() == "/api/ruleset-libraries/" ? Self.page([("lib", "")]) : Self.detail
        }
        let library = try #require(try await server.client.rulesetLibraries.get(named: "lib"))
        #expect(library.yaml == "version: '1.0'")
        #expect(server.requests.map { $0.url.path() + "?" + ($0.url.query() ?? "") } == [
            "/api/ruleset-libraries/?limit=1&offset=0&name_exact=lib&namespace_exact=",
            "/api/ruleset-libraries/id--0/?",
        ])
    }

    @Test("lookup re-checks the namespace, which the server ignores when empty")
    func namespaceRechecked() async throws {
        let next = "https://dm.example.com/api/ruleset-libraries/?limit=1&name_exact=lib&namespace_exact=&offset=1"
        let server = try ResponderServer { request in
            switch request.url.absoluteString {
            case next: Self.page([("lib", "")])
            case let url where url.contains("offset=0"): Self.page([("lib", "org")], next: next)
            default: Self.detail
            }
        }
        #expect(try await server.client.rulesetLibraries.get(named: "lib")?.id == "id--0")
        #expect(server.requests.count == 3)

        let other = try ResponderServer { _ in Self.page([("lib", "org")]) }
        #expect(try await other.client.rulesetLibraries.get(named: "lib") == nil)
        #expect(other.requests.count == 1)
    }

    @Test("update without an id fails before any request")
    func updateWithoutID() async throws {
        let server = try ResponderServer { _ in Self.detail }
        let error = try await #require(throws: DataMasqueError.self) {
            try await server.client.rulesetLibraries.update(RulesetLibrary(name: "lib", namespace: "acme"))
        }
        #expect(error.code == .configuration && error.message.contains("acme/lib"))
        #expect(server.transport.requests.isEmpty)
    }

    @Test("create-or-update finds the library by name and namespace and replaces it")
    func createOrUpdate() async throws {
        let server = try ResponderServer { request in
            switch request.summary.description {
            case "GET /api/ruleset-libraries/": Self.page([("lib", "")])
            case "PUT /api/ruleset-libraries/id--0/":
                .json(200, #"{"id": "id--0", "name": "lib", "namespace": "", "is_valid": "invalid", "validation_errors": [{"message": "bad"}], "modified": "2025-02-01T00:00:00Z"}"#)
            default: Self.detail
            }
        }
        let library = try await server.client.rulesetLibraries.createOrUpdate(RulesetLibrary(name: "lib", yaml: "x: ["))
        #expect(library.id == "id--0" && library.isValid == .invalid && library.yaml == "x: [")
        #expect(library.modified != nil)
        #expect(server.requests.map(\.summary.description).last == "PUT /api/ruleset-libraries/id--0/")
        #expect(server.requests.last?.body.jsonObject == ["name": "lib", "namespace": "", "config_yaml": "x: ["])
    }

    @Test("create posts the library and adopts the id; a missing library is created")
    func create() async throws {
        let server = try ResponderServer { request in
            request.method == .POST
                ? .json(201, #"{"id": "new", "name": "lib", "namespace": "acme", "is_valid": "valid", "created": "2025-01-01T12:00:00Z"}"#)
                : Self.page([])
        }
        let library = try await server.client.rulesetLibraries.createOrUpdate(RulesetLibrary(name: "lib", namespace: "acme"))
        #expect(library.id == "new" && library.created != nil)
        #expect(server.requests.last?.body.jsonObject == ["name": "lib", "namespace": "acme"])
    }

    @Test("delete sends force only when forced; by name deletes every exact match")
    func delete() async throws {
        let server = try ResponderServer { request in
            request.method == .GET ? Self.page([("lib", "acme"), ("lib", "")]) : DataMasqueResponse(status: 204)
        }
        try await server.client.rulesetLibraries.deleteIfExists(id: "a")
        try await server.client.rulesetLibraries.deleteIfExists(id: "b", force: true)
        try await server.client.rulesetLibraries.deleteIfExists(named: "lib", namespace: "acme", force: true)
        #expect(server.requests.map { $0.method.rawValue + " " + $0.url.path() + "?" + ($0.url.query() ?? "") } == [
            "DELETE /api/ruleset-libraries/a/?",
            "DELETE /api/ruleset-libraries/b/?force=true",
            "GET /api/ruleset-libraries/?limit=100&offset=0&name_exact=lib&namespace_exact=acme",
            "DELETE /api/ruleset-libraries/id-acme-0/?force=true",
        ])
    }

    @Test("a 409 from a delete without force is an API error")
    func deleteConflict() async throws {
        let server = try ResponderServer { _ in .json(409, #"{"detail": "Cannot delete library \"lib\": used by 1 active ruleset(s)"}"#) }
        let error = try await #require(throws: DataMasqueError.self) {
            try await server.client.rulesetLibraries.deleteIfExists(id: "a")
        }
        #expect(error.status == 409 && error.code == .api)
    }

    @Test("validate patches an empty object; rulesets-using pages rulesets without YAML")
    func validateAndUsers() async throws {
        let server = try ResponderServer { request in
            request.method == .PATCH
                ? Self.detail
                : .json(200, #"{"count": 1, "next": null, "results": [{"id": "r", "name": "uses", "mask_type": "database", "created": "2025-01-01T12:00:00Z"}]}"#)
        }
        #expect(try await server.client.rulesetLibraries.validate(id: "id--0").isValid == .valid)
        #expect(server.requests.first?.body.jsonObject == [:])
        let users = try await server.client.rulesetLibraries.rulesetsUsing(id: "id--0")
        #expect(users.map(\.name) == ["uses"] && users[0].yaml == "")
        #expect(server.requests.last?.url.path() == "/api/ruleset-libraries/id--0/rulesets/")
    }
}
