import DataMasque
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct BundleTests {
    private static let rulesetYAML = LibraryTests.importing("team/core/lib") + "# uses names.csv\n"

    /// Stores a library, a ruleset importing it and the seed file it names, plus an unreferenced seed file.
    private static func populate(_ client: any TestClientProtocol, _ key: String) async throws {
        #expect(try await LibraryTests.create(client, key, namespace: "team/core").status == .created)
        #expect(try await LibraryTests.create(client, key, name: "plain").status == .created)
        let ruleset = try await client.send(
            .post, "/api/rulesets/", token: key,
            json: ["name": "masking", "mask_type": "database", "config_yaml": .string(rulesetYAML)])
        #expect(ruleset.status == .created)
        for name in ["names.csv", "unused.csv"] {
            let seed = try await client.sendMultipart(
                "/api/seeds/", token: key, fields: [("name", name)],
                files: [("seed_file", name, ByteBuffer(string: "first\nAda\n"))])
            #expect(seed.status == .created)
        }
    }

    private static func export(_ client: any TestClientProtocol, _ key: String) async throws -> ByteBuffer {
        let response = try await client.send(.get, "/api/export/v1/", token: key)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/zip")
        return response.body
    }

    private static func importBundle(
        _ client: any TestClientProtocol, _ key: String, _ zip: ByteBuffer, overwrite: String = "false"
    ) async throws -> TestResponse {
        try await client.sendMultipart(
            "/api/import/v1/", token: key,
            fields: [
                ("overwrite_rulesets", overwrite), ("overwrite_libraries", overwrite),
                ("overwrite_seed_files", overwrite),
            ],
            files: [("zip_archive", "bundle.zip", zip)])
    }

    @Test func exportHoldsTheStoredItemsInTheDocumentedLayout() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            try await Self.populate(client, key)
            let entries = try ZipArchive.entries(of: Data(buffer: try await Self.export(client, key)))
            #expect(
                entries == [
                    .init(name: "libraries/team/core/lib.yml", contents: Data(LibraryTests.libraryYAML.utf8)),
                    .init(name: "libraries/_default/plain.yml", contents: Data(LibraryTests.libraryYAML.utf8)),
                    .init(name: "rulesets/database/masking.yml", contents: Data(Self.rulesetYAML.utf8)),
                    .init(name: "seeds/names.csv", contents: Data("first\nAda\n".utf8)),
                ])
        }
    }

    @Test func importIntoAResetEmulatorRecreatesTheItems() async throws {
        try await withTestEmulator { client, control throws in
            var key = try await client.login()
            try await Self.populate(client, key)
            let zip = try await Self.export(client, key)
            await control.reset()
            key = try await client.login()
            let imported = try await Self.importBundle(client, key, zip)
            #expect(imported.status == .ok)
            #expect(imported.json?["rulesets"]?["created"] == 1)
            #expect(imported.json?["libraries"]?["created"] == 2)
            #expect(imported.json?["seed_files"]?["created"] == 1)
            let rulesets = try await client.send(.get, "/api/v2/rulesets/", token: key).json
            #expect(rulesets?[0]?["name"] == "masking")
            #expect(rulesets?[0]?["is_valid"] == "valid")
            let library = try await client.send(
                .get, "/api/ruleset-libraries/?namespace_exact=team/core&name_exact=lib&limit=10", token: key)
            #expect(library.json?["count"] == 1)
            #expect(try await client.send(.get, "/api/seeds/", token: key).json?[0]?["name"] == "names.csv")
            let again = try ZipArchive.entries(of: Data(buffer: try await Self.export(client, key)))
            #expect(again == (try ZipArchive.entries(of: Data(buffer: zip))))
        }
    }

    @Test func existingItemsAreSkippedUnlessOverwritten() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            try await Self.populate(client, key)
            let zip = try await Self.export(client, key)
            let ruleset = try #require(try await client.send(.get, "/api/v2/rulesets/", token: key).json?[0])
            let id = try #require(ruleset["id"]?.stringValue)
            let changed: JSONValue = ["config_yaml": "version: '1.0'\ntasks: []\n"]
            #expect(try await client.send(.patch, "/api/rulesets/\(id)/", token: key, json: changed).status == .ok)

            let skipped = try await Self.importBundle(client, key, zip)
            #expect(
                skipped.json
                    == [
                        "rulesets": ["created": 0, "overwritten": 0, "skipped": 1],
                        "libraries": ["created": 0, "overwritten": 0, "skipped": 2],
                        "seed_files": ["created": 0, "overwritten": 0, "skipped": 1],
                    ])
            let kept = try await client.send(.get, "/api/rulesets/\(id)/", token: key).json
            #expect(kept?["config_yaml"] == changed["config_yaml"])

            let overwritten = try await Self.importBundle(client, key, zip, overwrite: "true")
            #expect(overwritten.json?["rulesets"]?["overwritten"] == 1)
            #expect(overwritten.json?["seed_files"]?["overwritten"] == 1)
            let replaced = try await client.send(.get, "/api/rulesets/\(id)/", token: key).json
            #expect(replaced?["config_yaml"] == .string(Self.rulesetYAML))
            #expect(try await client.send(.get, "/api/seeds/", token: key).json?.arrayValue?.count == 2)
        }
    }

    @Test func badArchivesAndFlagsAreRefused() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let notZip = try await Self.importBundle(client, key, ByteBuffer(string: "PK but not a zip"))
            #expect(notZip.status == .badRequest)
            #expect(notZip.json?["detail"] == "The file is not a zip archive.")
            let stray = ZipArchive.make([.init(name: "connections/db.json", contents: Data("{}".utf8))], modified: .now)
            let strayResponse = try await Self.importBundle(client, key, ByteBuffer(data: stray))
            #expect(strayResponse.status == .badRequest)
            let badFlag = try await Self.importBundle(client, key, ByteBuffer(data: stray), overwrite: "yes")
            #expect(badFlag.json?["overwrite_rulesets"] == ["Must be a valid boolean."])
        }
    }

    @Test func readerRefusesCompressedEntries() throws {
        var zip = [UInt8](ZipArchive.make([.init(name: "a.yml", contents: Data("x".utf8))], modified: .now))
        let central = zip.count - 22 - (46 + 5)
        zip[central + 10] = 8
        #expect(throws: APIError.self) { try ZipArchive.entries(of: Data(zip)) }
    }
}
