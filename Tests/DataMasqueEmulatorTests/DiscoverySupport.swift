import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

/// Shared steps of the discovery and ruleset generation tests, over loopback with the library's `send`.
enum DiscoverySupport {
    /// Runs move only when a test moves the emulator clock.
    static let manualClock = EmulatorConfiguration(port: 0, runStepDuration: .seconds(3600))

    /// Creates a Postgres connection named `name` and returns its id.
    static func database(_ client: DataMasqueClient, named name: String = "crm") async throws -> String {
        let body: JSONValue = [
            "version": "1.0", "name": .string(name), "mask_type": "database", "db_type": "postgres",
            "host": "db.internal", "port": 5432, "database": "crm", "user": "masker", "dbpassword": "pg-secret",
            "schema": "",
        ]
        return try #require(try await client.send(.POST, "/api/connections/", body: .json(body)).json?["id"]?.stringValue)
    }

    /// Creates a mounted-share file connection named `name` and returns its id.
    static func share(_ client: DataMasqueClient, named name: String = "drop") async throws -> String {
        let body: JSONValue = [
            "version": "1.0", "name": .string(name), "mask_type": "file", "type": "mounted_share_connection",
            "base_directory": "exports", "is_file_mask_source": true, "is_file_mask_destination": false,
        ]
        return try #require(try await client.send(.POST, "/api/connections/", body: .json(body)).json?["id"]?.stringValue)
    }

    /// Posts `body` to `path` without throwing on an error status.
    static func post(_ client: DataMasqueClient, _ path: String, _ body: JSONValue) async throws -> DataMasqueResponse {
        try await client.send(.POST, path, body: .json(body), checkStatus: false)
    }

    /// Gets `path` without throwing on an error status.
    static func get(_ client: DataMasqueClient, _ path: String, query: [(String, String?)] = []) async throws
        -> DataMasqueResponse
    {
        try await client.send(.GET, path, query: query, checkStatus: false)
    }

    /// Starts a discovery at `path` and returns the run id.
    static func start(_ client: DataMasqueClient, _ path: String, _ body: JSONValue) async throws -> Int {
        let response = try await post(client, path, body)
        #expect(response.status == 201, "\(response.text)")
        return try #require(response.json?["id"]?.intValue)
    }

    /// The status of run `id`.
    static func status(_ client: DataMasqueClient, _ id: Int) async throws -> String? {
        try await get(client, "/api/runs/\(id)/").json?["status"]?.stringValue
    }

    /// Every schema discovery row of run `id`, following the pages of `limit` rows.
    static func schemaRows(_ client: DataMasqueClient, _ id: Int, limit: Int = 7) async throws -> [JSONValue] {
        var rows: [JSONValue] = []
        var offset = 0
        while true {
            let page = try await get(
                client, "/api/schema-discovery/v2/\(id)/", query: [("limit", "\(limit)"), ("offset", "\(offset)")])
            #expect(page.status == 200, "\(page.text)")
            let results = try #require(page.json?["results"]?.arrayValue)
            rows += results
            guard page.json?["next"]?.stringValue != nil else { return rows }
            offset += limit
        }
    }

    /// The row for `schema.table.column` among `rows`.
    static func row(_ rows: [JSONValue], _ schema: String, _ table: String, _ column: String) -> JSONValue? {
        rows.first { $0["schema"]?.stringValue == schema && $0["table"]?.stringValue == table && $0["column"]?.stringValue == column }
    }

    /// The labels of a row's or locator's matches.
    static func labels(_ matches: JSONValue?) -> [String] {
        (matches?.arrayValue ?? []).compactMap { $0["label"]?.stringValue }
    }
}
