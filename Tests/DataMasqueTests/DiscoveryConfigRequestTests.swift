import DataMasque
import Foundation
import NIOHTTP1
import Testing

@Suite("Discovery configs, their libraries, RG configs and table references: requests")
struct DiscoveryConfigRequestTests {
    @Test("empty YAML is refused before any request, naming the field")
    func emptyYAML() async throws {
        let server = try ResponderServer { _ in .json(500, "{}") }
        let empty = try await #require(throws: DataMasqueError.self) {
            try await server.client.discoveryConfigs.create(DiscoveryConfig(name: "c", yaml: "", configType: .file))
        }
        #expect(empty.code == .configuration && empty.message.contains("`yaml`"))
        let missing = try await #require(throws: DataMasqueError.self) {
            try await server.client.discoveryConfigs.createOrUpdate(DiscoveryConfig(name: "c", configType: .file))
        }
        #expect(missing.code == .configuration && missing.message.contains("file discovery config 'c'"))
        let library = try await #require(throws: DataMasqueError.self) {
            try await server.client.discoveryConfigLibraries.create(DiscoveryConfigLibrary(name: "l"))
        }
        #expect(library.code == .configuration && library.message.contains("'l'"))
        let noID = try await #require(throws: DataMasqueError.self) {
            try await server.client.rgConfigs.update(RGConfig(name: "r", yaml: ""))
        }
        #expect(noID.code == .configuration)
        let noYAML = try await #require(throws: DataMasqueError.self) {
            try await server.client.rgConfigs.update(RGConfig(name: "r", id: "1"))
        }
        #expect(noYAML.message.contains("`yaml`"))
        #expect(server.requests.isEmpty)
    }

    @Test("a discovery config lookup filters by exact name and type with limit 1, then fetches the detail")
    func configLookup() async throws {
        let server = try ResponderServer { request in
            request.url.path() == "/api/discovery/configs/"
                ? .json(200, #"{"count": 1, "next": null, "results": [{"id": "c1", "name": "cfg", "config_type": "file"}]}"#)
                : .json(200, #"{"id": "c1", "name": "cfg", "config_type": "file", "config_yaml": "version: 1"}"#)
        }
        let config = try #require(try await server.client.discoveryConfigs.get(named: "cfg", type: .file))
        #expect(config.yaml == "version: 1")
        #expect(server.requests.map { $0.url.path() + "?" + ($0.url.query() ?? "") } == [
            "/api/discovery/configs/?limit=1&offset=0&name_exact=cfg&config_type=file",
            "/api/discovery/configs/c1/?",
        ])
    }

    @Test("the library name lookup compares the namespace itself; the default namespace does not match org")
    func libraryLookup() async throws {
        let server = try ResponderServer { _ in
            .json(200, #"[{"id": "l1", "name": "fin", "namespace": "org"}]"#)
        }
        #expect(try await server.client.discoveryConfigLibraries.get(named: "fin") == nil)
        #expect(server.requests.map { $0.url.query() } == ["name_exact=fin"])
        try await server.client.discoveryConfigLibraries.deleteIfExists(named: "fin")
        #expect(server.requests.count == 2)
    }

    @Test("defaults are fetched as text, with the type when given")
    func defaults() async throws {
        let server = try ResponderServer { _ in
            DataMasqueResponse(status: 200, headers: ["Content-Type": "application/x-yaml"], body: Data("labels: []\n".utf8))
        }
        #expect(try await server.client.discoveryConfigs.defaultYAML(for: .file) == "labels: []\n")
        #expect(try await server.client.discoveryConfigs.defaultYAML() == "labels: []\n")
        #expect(try await server.client.rgConfigs.defaultYAML() == "labels: []\n")
        #expect(server.requests.map { $0.url.query() } == ["config_type=file", nil, nil])
    }

    @Test("a table reference update without options leaves the key out and adopts the stored ones")
    func tableReferenceUpdate() async throws {
        let server = try ResponderServer { _ in
            .json(200, #"{"id": "t1", "name": "t", "connection": "c", "source": "s", "options": {"format": "csv", "null_string": "N"}}"#)
        }
        let updated = try await server.client.tableReferences.update(
            TableReference(name: "t", connectionID: "c", source: "s", id: "t1"))
        #expect(updated.options?.nullString == "N" && updated.options?.delimiter == ",")
        #expect(server.requests.last?.body.jsonObject == ["name": "t", "connection": "c", "source": "s"])
        #expect(server.requests.last?.summary.description == "PUT /api/table-references/t1/")
    }
}
