import DataMasque
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct RoutingTests {
    @Test(arguments: ["/api/no-such-thing/", "/api/healthcheck", "/elsewhere/"])
    func unknownPathsGet404EvenWithoutAToken(path: String) async throws {
        try await withTestEmulator { client, _ throws in
            let response = try await client.send(.get, path)
            #expect(response.status == .notFound)
            #expect(response.json == ["detail": "Not found."])
            #expect(response.headers[.contentType] == "application/json")
        }
    }

    @Test func aWrongMethodGets405WithTheAllowedOnes() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let response = try await client.send(.delete, "/api/connections/", token: key)
            #expect(response.status == .methodNotAllowed)
            #expect(response.json == ["detail": "Method \"DELETE\" not allowed."])
            #expect(response.headers[.allow] == "GET, POST")
        }
    }

    @Test func aWrongMethodStillNeedsAToken() async throws {
        try await withTestEmulator { client, _ throws in
            #expect(try await client.send(.delete, "/api/connections/").status == .unauthorized)
        }
    }

    @Test func aBodyThatIsNotJSONGets400() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let response = try await client.execute(
                uri: "/api/connections/", method: .post,
                headers: [.authorization: "Token \(key)", .contentType: "application/json"],
                body: ByteBuffer(string: "{not json"))
            #expect(response.status == .badRequest)
            #expect(response.json?["detail"]?.stringValue?.hasPrefix("JSON parse error") == true)
        }
    }
}

@Suite struct HeadRequestTests {
    @Test func headIsAnsweredLikeGetWithoutABody() async throws {
        try await withTestEmulator { client, _ throws in
            let response = try await client.send(.head, "/api/healthcheck/")
            #expect(response.status == .ok)
            #expect(response.body.readableBytes == 0)
        }
    }
}
