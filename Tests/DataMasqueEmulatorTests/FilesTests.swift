import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct FilesTests {
    /// Collection, file field and extra form fields of each file type.
    static let types: [(String, String, [(name: String, value: String)])] = [
        ("/api/seeds/", "seed_file", []),
        ("/api/oracle-wallets/", "zip_archive", []),
        ("/api/files/oracle-wallets/", "zip_archive", []),
        ("/api/connection-filesets/", "zip_archive", [("database_type", "mysql")]),
        ("/api/files/connection-filesets/", "zip_archive", [("database_type", "mysql")]),
        ("/api/files/snowflake-keys/", "key_file", []),
    ]

    @Test(arguments: types)
    func uploadListAndDelete(collection: String, field: String, extra: [(name: String, value: String)]) async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let uploaded = try await client.sendMultipart(
                collection, token: key, fields: [("name", "my_file")] + extra,
                files: [(field, "local.bin", ByteBuffer(string: "a,b\n1,2\n"))])
            #expect(uploaded.status == .created)
            let file = try #require(uploaded.json)
            let id = try #require(file["id"]?.stringValue)
            #expect(UUID(uuidString: id) != nil)
            #expect(file["name"] == "my_file")
            #expect(file["created_date"]?.stringValue?.hasSuffix("Z") == true)
            #expect(file["modified_date"] == file["created_date"])
            #expect(try await client.send(.get, collection, token: key).json == [file])

            #expect(try await client.send(.delete, "\(collection)\(id)/", token: key).status == .noContent)
            #expect(try await client.send(.delete, "\(collection)\(id)/", token: key).status == .notFound)
            #expect(try await client.send(.get, collection, token: key).json == [])
        }
    }

    @Test func typesAreSeparateAndBothPathFormsShareTheirFiles() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let wallet = try await client.sendMultipart(
                "/api/oracle-wallets/", token: key, fields: [("name", "wallet.zip")],
                files: [("zip_archive", "wallet.zip", ByteBuffer(string: "PK-wallet"))])
            let id = try #require(wallet.json?["id"]?.stringValue)
            #expect(try await client.send(.get, "/api/files/oracle-wallets/", token: key).json == [wallet.json!])
            #expect(try await client.send(.get, "/api/seeds/", token: key).json == [])
            #expect(try await client.send(.delete, "/api/seeds/\(id)/", token: key).status == .notFound)
            for collection in ["/api/oracle-wallets/", "/api/files/oracle-wallets/"] {
                let download = try await client.send(.get, "\(collection)\(id)/download/", token: key)
                #expect(download.status == .ok)
                #expect(download.text == "PK-wallet")
                #expect(download.headers[.contentDisposition] == "attachment; filename=\"wallet.zip\"")
            }
            #expect(try await client.send(.get, "/api/seeds/\(id)/download/", token: key).status == .notFound)
        }
    }

    @Test func connectionFilesetsRequireADatabaseType() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let refused = try await client.sendMultipart(
                "/api/connection-filesets/", token: key, fields: [("name", "certs")],
                files: [("zip_archive", "certs.zip", ByteBuffer(string: "PK"))])
            #expect(refused.status == .badRequest)
            #expect(refused.json == ["database_type": ["This field is required."]])
            let accepted = try await client.sendMultipart(
                "/api/connection-filesets/", token: key, fields: [("name", "certs"), ("database_type", "mysql")],
                files: [("zip_archive", "certs.zip", ByteBuffer(string: "PK"))])
            #expect(accepted.status == .created)
            #expect(accepted.json?["database_type"] == "mysql")
        }
    }

    @Test func badUploadsNameTheProblem() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let missing = try await client.sendMultipart("/api/seeds/", token: key)
            #expect(missing.json == ["name": ["This field is required."], "seed_file": ["No file was submitted."]])
            let empty = try await client.sendMultipart(
                "/api/seeds/", token: key, fields: [("name", "x.csv")], files: [("seed_file", "x.csv", ByteBuffer())])
            #expect(empty.json == ["seed_file": ["The submitted file is empty."]])
            let json = try await client.send(.post, "/api/seeds/", token: key, json: ["name": "x.csv"])
            #expect(json.status == .unsupportedMediaType)
            #expect(json.json == ["detail": "Unsupported media type \"application/json\" in request."])
        }
    }

    @Test(arguments: [(TestingSetup.router, 50), (.live, 5)])
    func acceptsLargeUploads(setup: TestingSetup, megabytes: Int) async throws {
        try await withTestEmulator(EmulatorConfiguration(port: 0), setup: setup) { client, _ throws in
            let key = try await client.login()
            let bytes = [UInt8](repeating: 0x2d, count: megabytes * 1024 * 1024 - 3) + Array("\r\n-".utf8)
            let contents = ByteBuffer(bytes: bytes)
            let uploaded = try await client.sendMultipart(
                "/api/files/connection-filesets/", token: key, fields: [("name", "big"), ("database_type", "mysql")],
                files: [("zip_archive", "big.zip", contents)])
            #expect(uploaded.status == .created)
            let id = try #require(uploaded.json?["id"]?.stringValue)
            let download = try await client.send(.get, "/api/connection-filesets/\(id)/download/", token: key)
            #expect(Data(download.body.readableBytesView) == Data(bytes))
        }
    }
}
