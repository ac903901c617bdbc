import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct ConnectionTests {
    static let postgres: JSONValue = [
        "version": "1.0", "name": "pg", "mask_type": "database", "db_type": "postgres",
        "host": "db", "port": 5432, "database": "app", "user": "masker", "dbpassword": "s3cret", "schema": "",
    ]

    static func createPostgres(_ client: any TestClientProtocol, _ key: String) async throws -> JSONValue {
        try #require(try await client.send(.post, "/api/connections/", token: key, json: postgres).json)
    }

    @Test func createReadListAndDelete() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let created = try await client.send(.post, "/api/connections/", token: key, json: Self.postgres)
            #expect(created.status == .created)
            let id = try #require(created.json?["id"]?.stringValue)
            #expect(UUID(uuidString: id) != nil)
            #expect(created.json?["host"] == "db")
            for (field, value) in [
                "version": "1.0", "oracle_wallet": nil, "connection_fileset": nil, "license_lock": nil,
                "target_frozen": false, "frozen_target_fields": [], "deletion_frozen": false,
            ] as [String: JSONValue] {
                #expect(created.json?[field] == value, "\(field)")
            }

            #expect(try await client.send(.get, "/api/connections/\(id)/", token: key).json == created.json)
            #expect(try await client.send(.get, "/api/connections/", token: key).json == [created.json!])

            #expect(try await client.send(.delete, "/api/connections/\(id)/", token: key).status == .noContent)
            let gone = try await client.send(.delete, "/api/connections/\(id)/", token: key)
            #expect(gone.status == .notFound)
            #expect(gone.json == ["detail": "Not found."])
            #expect(try await client.send(.get, "/api/connections/", token: key).json == [])
        }
    }

    @Test func secretsComeBackOnlyAsOpaqueEchoes() async throws {
        try await withTestEmulator { client, control throws in
            let key = try await client.login()
            let azure: JSONValue = [
                "name": "blob", "mask_type": "file", "type": "azure_blob_connection",
                "container": "c", "connection_string": "AccountKey=very-secret",
            ]
            for body in [Self.postgres, azure] {
                let created = try await client.send(.post, "/api/connections/", token: key, json: body)
                #expect(created.status == .created)
                #expect(!created.text.contains("s3cret") && !created.text.contains("very-secret"))
            }
            let listed = try await client.send(.get, "/api/connections/", token: key)
            #expect(!listed.text.contains("s3cret") && !listed.text.contains("very-secret"))
            let objects = try #require(listed.json?.arrayValue)
            #expect(objects[0]["dbpassword"] == nil)
            #expect(objects[0]["password_encrypted"]?.stringValue?.isEmpty == false)
            #expect(objects[1]["connection_string"] == nil)
            #expect(objects[1]["connection_string_encrypted"]?.stringValue?.isEmpty == false)
            #expect(await control.connections.count == 2)
        }
    }

    @Test func putReplacesAndKeepsSecretsNotSent() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let created = try await Self.createPostgres(client, key)
            let id = try #require(created["id"]?.stringValue)
            var replacement = try #require(Self.postgres.objectValue)
            replacement["dbpassword"] = nil
            replacement["host"] = "db2"
            let updated = try await client.send(.put, "/api/connections/\(id)/", token: key, json: .object(replacement))
            #expect(updated.status == .ok)
            #expect(updated.json?["id"] == .string(id))
            #expect(updated.json?["host"] == "db2")
            #expect(updated.json?["password_encrypted"] == created["password_encrypted"])
        }
    }

    @Test func patchChangesOnlyTheGivenFields() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let created = try await Self.createPostgres(client, key)
            let id = try #require(created["id"]?.stringValue)
            let patched = try await client.send(
                .patch, "/api/connections/\(id)/", token: key, json: ["port": 6543, "dbpassword": "new"])
            #expect(patched.status == .ok)
            #expect(patched.json?["port"] == 6543)
            #expect(patched.json?["host"] == "db")
            #expect(patched.json?["password_encrypted"] != created["password_encrypted"])
            #expect(!patched.text.contains("\"new\""))
        }
    }

    @Test(
        arguments: [
            (["mask_type": "database", "db_type": "postgres"], ["name": ["This field is required."]]),
            (["name": "x"], ["mask_type": ["This field is required."]]),
            (["name": "x", "mask_type": "tape"], ["mask_type": ["\"tape\" is not a valid choice."]]),
            (
                ["name": "", "mask_type": "database"],
                ["name": ["This field may not be blank."], "db_type": ["This field is required."]]
            ),
            (["name": "x", "mask_type": "file"], ["type": ["This field is required."]]),
        ] as [(JSONValue, JSONValue)])
    func invalidBodiesNameTheField(body: JSONValue, errors: JSONValue) async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let response = try await client.send(.post, "/api/connections/", token: key, json: body)
            #expect(response.status == .badRequest)
            #expect(response.json == errors)
        }
    }

    @Test func namesAreUnique() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            _ = try await client.send(.post, "/api/connections/", token: key, json: Self.postgres)
            let duplicate = try await client.send(.post, "/api/connections/", token: key, json: Self.postgres)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.json == ["name": ["connection with this name already exists."]])
        }
    }

    @Test func renamingOntoAnotherNameIsRefused() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            _ = try await client.send(.post, "/api/connections/", token: key, json: Self.postgres)
            var other = try #require(Self.postgres.objectValue)
            other["name"] = "other"
            let id = try #require(
                try await client.send(.post, "/api/connections/", token: key, json: .object(other)).json?["id"]?
                    .stringValue)
            let response = try await client.send(.patch, "/api/connections/\(id)/", token: key, json: ["name": "pg"])
            #expect(response.status == .badRequest)
            #expect(
                try await client.send(.patch, "/api/connections/\(id)/", token: key, json: ["name": "other"]).status
                    == .ok)
        }
    }

    @Test func testingAConnectionSucceedsOrIs404() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let id = try #require(
                try await client.send(.post, "/api/connections/", token: key, json: Self.postgres).json?["id"]?
                    .stringValue)
            let tested = try await client.send(.post, "/api/connections/\(id)/test/", token: key, json: [:])
            #expect(tested.status == .ok)
            #expect(tested.json == [:])
            #expect(
                try await client.send(.post, "/api/connections/nope/test/", token: key, json: [:]).status == .notFound)
            #expect(try await client.send(.get, "/api/connections/nope/", token: key).status == .notFound)
            #expect(
                try await client.send(.put, "/api/connections/nope/", token: key, json: Self.postgres).status
                    == .notFound)
        }
    }

    @Test func insertedConnectionsAreServedAsGiven() async throws {
        try await withTestEmulator { client, control throws in
            let inserted = await control.insertConnection(["name": "future", "mask_type": "quantum"])
            let key = try await client.login()
            #expect(try await client.send(.get, "/api/connections/", token: key).json == [inserted])
        }
    }
}
