import DataMasque
import Foundation
import Testing

@Suite("Files: requests")
struct FileRequestTests {
    static let stored = DataMasqueResponse.json(
        201, #"{"id": "f-1", "name": "certs", "created_date": "2024-01-01T00:00:00Z"}"#)

    @Test("upload sends name, the type's extra fields and the file under the type's field", arguments: FileType.allCases)
    func uploadShape(type: FileType) async throws {
        let server = try ResponderServer(routes: ["POST \(type.collectionPath)": Self.stored])
        let file = try await server.client.files.upload(
            type: type, name: "certs", source: .data(Data("CONTENT".utf8), filename: "bundle.bin"))
        #expect(file.type == type && file.id == "f-1")

        let form = try await ResponderServer.form(of: try #require(server.requests.first))
        #expect(form.contains("name=\"name\"\r\n\r\ncerts\r\n"))
        #expect(form.contains("name=\"database_type\"\r\n\r\nmysql\r\n") == (type == .sslZip))
        #expect(form.contains(
            "name=\"\(type.uploadField)\"; filename=\"bundle.bin\"\r\nContent-Type: application/octet-stream\r\n\r\nCONTENT\r\n"))
    }

    @Test("a file on disk is sent as a stream of known length and is never read while the request is built")
    func streamsFromDisk() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).zip")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()

        let server = try ResponderServer(routes: ["POST /api/oracle-wallets/": Self.stored])
        _ = try await server.client.files.upload(type: .oracleWallet, name: "wallet", source: .file(url))
        guard case .stream(let length, let contentType, _) = try #require(server.requests.first).body else {
            Issue.record("expected a streamed body")
            return
        }
        #expect(try #require(length) > 1 << 30)
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
    }

    @Test("upload-if-not-exists only lists when the name is taken, else uploads under the file's base name")
    func uploadIfNotExists() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cities-\(UUID().uuidString).csv")
        try Data("city\nAuckland\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let listed = #"[{"id": "s-1", "name": "\#(url.lastPathComponent)", "created_date": "2024-01-01T00:00:00Z"}]"#

        let existing = try ResponderServer(routes: ["GET /api/seeds/": .json(200, listed)])
        #expect(try await existing.client.files.uploadIfNotExists(type: .seed, file: url) == nil)
        #expect(existing.requests.count == 1)

        let fresh = try ResponderServer(routes: ["GET /api/seeds/": .json(200, "[]"), "POST /api/seeds/": Self.stored])
        #expect(try await fresh.client.files.uploadIfNotExists(type: .seed, file: url) != nil)
        let form = try await ResponderServer.form(of: fresh.requests[1])
        #expect(form.contains("name=\"name\"\r\n\r\n\(url.lastPathComponent)\r\n"))
        #expect(form.contains("name=\"seed_file\"; filename=\"\(url.lastPathComponent)\""))
    }

    @Test("listed files carry their type, so they can be deleted; a 404 counts as deleted")
    func listAndDelete() async throws {
        let server = try ResponderServer(routes: [
            "GET /api/files/snowflake-keys/": .json(200, #"[{"id": "k-1", "filename": "key.p8", "created_date": "2024-01-01T00:00:00Z"}]"#),
            "DELETE /api/files/snowflake-keys/k-1/": .json(404, #"{"detail": "Not found."}"#),
        ])
        let key = try #require(try await server.client.files.get(type: .snowflakeKey, named: "key.p8"))
        #expect(key.type == .snowflakeKey)
        try await server.client.files.deleteIfExists(key)
        #expect(server.requests.map(\.summary.description).last == "DELETE /api/files/snowflake-keys/k-1/")
    }

    @Test("deleting a file without id or type fails before any request")
    func deleteNeedsIDAndType() async throws {
        let server = try ResponderServer(routes: [:])
        for file in [UploadedFile(name: "a", createdDate: Date(), type: .seed), UploadedFile(name: "b", createdDate: Date(), id: "x")] {
            let error = await #expect(throws: DataMasqueError.self) { try await server.client.files.deleteIfExists(file) }
            #expect(error?.code == .configuration)
        }
        #expect(server.transport.requests.isEmpty)
    }
}
