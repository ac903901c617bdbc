import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct TableReferenceTests {
    /// Creates a Postgres connection and returns its id.
    static func connection(_ client: any TestClientProtocol, _ key: String) async throws -> String {
        let created = try await client.send(.post, "/api/connections/", token: key, json: ConnectionTests.postgres)
        return try #require(created.json?["id"]?.stringValue)
    }

    @Test func optionsAreFilledAndKept() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let connection = try await Self.connection(client, key)
            let created = try await client.send(
                .post, "/api/table-references/", token: key,
                json: ["name": "accounts", "connection": .string(connection), "source": "public.accounts"])
            #expect(created.status == .created)
            #expect(created.json?["options"]
                == ["format": "csv", "delimiter": ",", "encoding": "utf-8", "quotechar": "\"", "null_string": nil])
            let id = try #require(created.json?["id"]?.stringValue)

            let replaced = try await client.send(
                .put, "/api/table-references/\(id)/", token: key,
                json: [
                    "name": "accounts", "connection": .string(connection), "source": "public.accounts",
                    "options": ["format": "parquet", "null_string": "NULL"],
                ])
            #expect(replaced.json?["options"]?["format"] == "parquet")
            #expect(replaced.json?["options"]?["delimiter"] == ",")
            let kept = try await client.send(
                .put, "/api/table-references/\(id)/", token: key,
                json: ["name": "accounts", "connection": .string(connection), "source": "public.other"])
            #expect(kept.json?["options"]?["null_string"] == "NULL")
            #expect(kept.json?["source"] == "public.other")
            #expect(try await client.send(.get, "/api/table-references/", token: key).json?.arrayValue?.count == 1)
        }
    }

    @Test func deleteArchivesAndFreesTheName() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let connection = try await Self.connection(client, key)
            let body: JSONValue = ["name": "accounts", "connection": .string(connection), "source": "a.b"]
            let created = try await client.send(.post, "/api/table-references/", token: key, json: body)
            let clash = try await client.send(.post, "/api/table-references/", token: key, json: body)
            #expect(clash.status == .badRequest)
            #expect(clash.json?["name"]?[0] == "table reference with this name already exists.")
            let id = try #require(created.json?["id"]?.stringValue)
            #expect(try await client.send(.delete, "/api/table-references/\(id)/", token: key).status == .noContent)
            #expect(try await client.send(.get, "/api/table-references/\(id)/", token: key).status == .notFound)
            #expect(try await client.send(.get, "/api/table-references/", token: key).json == [])
            #expect(try await client.send(.post, "/api/table-references/", token: key, json: body).status == .created)
        }
    }

    @Test func refusesUnknownConnectionsAndFormats() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let unknown = try await client.send(
                .post, "/api/table-references/", token: key, json: ["name": "x", "connection": "nope", "source": "a.b"])
            #expect(unknown.json?["connection"]?[0] == "Invalid pk \"nope\" - object does not exist.")
            let connection = try await Self.connection(client, key)
            let format = try await client.send(
                .post, "/api/table-references/", token: key,
                json: ["name": "x", "connection": .string(connection), "source": "a.b", "options": ["format": "xml"]])
            #expect(format.status == .badRequest && format.json?["options"] != nil)
            let missing = try await client.send(.post, "/api/table-references/", token: key, json: ["name": "x"])
            #expect(missing.json?["source"]?[0] == "This field is required.")
        }
    }
}
