import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct RequestLogTests {
    @Test func requestsAreRecordedWithSecretsRedacted() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dm-log-\(UUID().uuidString).jsonl")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = EmulatorConfiguration(spcsPAT: "the-pat", requestLogPath: path)
        let gateway: HTTPFields = [.spcsAuthorization: "Snowflake Token=\"the-pat\""]
        try await withTestEmulator(configuration) { client, control throws in
            let key = try await client.login(headers: gateway)
            let connection: JSONValue = [
                "name": "pg", "mask_type": "database", "db_type": "postgres", "dbpassword": "s3cret",
                "options": ["api_token": "nested-secret", "plain": "visible"],
            ]
            _ = try await client.send(
                .post, "/api/connections/?token=query-secret&x=1", token: key, json: connection, headers: gateway)
            _ = try await client.send(.get, "/api/healthcheck/")
            _ = try await client.send(.get, "/_emulator/status")

            let recorded = await control.requests
            #expect(recorded.map(\.path) == ["/api/auth/token/login/", "/api/connections/", "/api/healthcheck/"])
            #expect(recorded.map(\.status) == [200, 201, 401])
            #expect(recorded.map(\.hadSPCSHeader) == [true, true, false])
            #expect(recorded[0].body == ["username": "admin", "password": "<redacted>"])
            #expect(recorded[1].body?["dbpassword"] == "<redacted>")
            #expect(recorded[1].body?["options"] == ["api_token": "<redacted>", "plain": "visible"])
            #expect(recorded[1].query == "token=%3Credacted%3E&x=1")
            #expect(recorded[1].headers["authorization"] == "<redacted>")
            #expect(recorded[1].headers["x-sf-spcs-authorization"] == "<redacted>")
            #expect(recorded[1].method == "POST")

            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 3)
            let log = lines.joined(separator: "\n")
            for secret in ["datamasque", "s3cret", "nested-secret", "query-secret", "the-pat", key] {
                #expect(!log.contains(secret), "\(secret) leaked into the request log")
            }
            let first = try JSONDecoder().decode(JSONValue.self, from: Data(lines[0].utf8))
            #expect(first["method"] == "POST" && first["spcs_header"] == true && first["status"] == 200)
        }
    }

    @Test func recordedRequestsAreServedAndCleared() async throws {
        try await withTestEmulator { client, _ throws in
            _ = try await client.send(.get, "/api/healthcheck/")
            let listed = try await client.send(.get, "/_emulator/requests")
            #expect(listed.json?.arrayValue?.count == 1)
            #expect(listed.json?.arrayValue?.first?["path"] == "/api/healthcheck/")
            #expect(try await client.send(.delete, "/_emulator/requests").status == .noContent)
            #expect(try await client.send(.get, "/_emulator/requests").json == [])
        }
    }

    @Test func resetForgetsEverything() async throws {
        try await withTestEmulator { client, control throws in
            let key = try await client.login()
            _ = try await client.send(
                .post, "/api/connections/", token: key,
                json: ["name": "f", "mask_type": "file", "type": "s3_connection"])
            #expect(try await client.send(.get, "/_emulator/status").json == ["login_count": 1])
            #expect(try await client.send(.post, "/_emulator/reset").status == .noContent)
            #expect(await control.connections.isEmpty)
            #expect(await control.requests.isEmpty)
            #expect(await control.loginCount == 0)
            #expect(try await client.send(.get, "/api/connections/", token: key).status == .unauthorized)
        }
    }
}
