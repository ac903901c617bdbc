import DataMasque
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct AuthTests {
    @Test func loginIssuesA40HexKey() async throws {
        try await withTestEmulator { client, control throws in
            let response = try await client.send(
                .post, "/api/auth/token/login/", json: ["username": "admin", "password": "datamasque"])
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            let body = try #require(response.json)
            let key = try #require(body["key"]?.stringValue)
            #expect(key.count == 40 && key.allSatisfy(\.isHexDigit) && key == key.lowercased())
            #expect(body["id"]?.intValue == 1)
            #expect(body["date_time_created"]?.stringValue?.hasSuffix("Z") == true)
            #expect(await control.loginCount == 1)
        }
    }

    @Test func loginAcceptsAFormBody() async throws {
        try await withTestEmulator { client, _ throws in
            let response = try await client.execute(
                uri: "/api/auth/token/login/", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "username=admin&password=datamasque"))
            #expect(response.status == .ok)
            #expect(response.json?["key"]?.stringValue?.count == 40)
        }
    }

    @Test func eachLoginIssuesANewKeyAndEarlierOnesStayValid() async throws {
        try await withTestEmulator { client, _ throws in
            let first = try await client.login()
            let second = try await client.login()
            #expect(first != second)
            #expect(try await client.send(.get, "/api/connections/", token: first).status == .ok)
        }
    }

    @Test func wrongCredentialsGetNonFieldErrors() async throws {
        try await withTestEmulator { client, control throws in
            let response = try await client.send(
                .post, "/api/auth/token/login/", json: ["username": "admin", "password": "wrong"])
            #expect(response.status == .badRequest)
            #expect(response.json == ["non_field_errors": ["Unable to log in with provided credentials."]])
            #expect(await control.loginCount == 0)
        }
    }

    @Test func missingFieldsAreNamed() async throws {
        try await withTestEmulator { client, _ throws in
            let response = try await client.send(.post, "/api/auth/token/login/", json: ["username": ""])
            #expect(response.status == .badRequest)
            #expect(
                response.json == [
                    "username": ["This field may not be blank."], "password": ["This field is required."],
                ])
        }
    }

    @Test(
        arguments: [
            (nil, "Authentication credentials were not provided."),
            ("", "Authentication credentials were not provided."),
            ("Bearer abc", "Authentication credentials were not provided."),
            ("Token", "Invalid token header. No credentials provided."),
            ("Token a b", "Invalid token header. Token string should not contain spaces."),
            ("Token 0123456789abcdef0123456789abcdef01234567", "Invalid token."),
        ] as [(String?, String)])
    func unusableCredentialsGet401WithAChallenge(authorization: String?, detail: String) async throws {
        try await withTestEmulator { client, _ throws in
            var headers: HTTPFields = [:]
            if let authorization { headers[.authorization] = authorization }
            let response = try await client.send(.get, "/api/connections/", headers: headers)
            #expect(response.status == .unauthorized)
            #expect(response.headers[.wwwAuthenticate] == "Token")
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.json == ["detail": .string(detail)])
        }
    }

    @Test func expiredTokensAreRefusedUntilTheNextLogin() async throws {
        try await withTestEmulator { client, control throws in
            let key = try await client.login()
            await control.expireAllTokens()
            let refused = try await client.send(.get, "/api/connections/", token: key)
            #expect(refused.status == .unauthorized)
            #expect(refused.json == ["detail": "Token is invalid or expired."])
            let renewed = try await client.login()
            #expect(try await client.send(.get, "/api/connections/", token: renewed).status == .ok)
        }
    }

    @Test func tokensExpireAfterTheirLifetime() async throws {
        try await withTestEmulator(EmulatorConfiguration(tokenLifetime: .zero)) { client, _ throws in
            let key = try await client.login()
            #expect(try await client.send(.get, "/api/connections/", token: key).status == .unauthorized)
        }
    }

    @Test func revokedTokensAreUnknown() async throws {
        try await withTestEmulator { client, control throws in
            let key = try await client.login()
            await control.revokeAllTokens()
            #expect(try await client.send(.get, "/api/connections/", token: key).json == ["detail": "Invalid token."])
        }
    }

    @Test func logoutRevokesTheToken() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            #expect(try await client.send(.post, "/api/auth/token/logout/", token: key).status == .noContent)
            #expect(try await client.send(.get, "/api/connections/", token: key).status == .unauthorized)
        }
    }

    @Test(arguments: ["/api/healthcheck/", "/api/app/check/"])
    func readinessEndpointsNeedNoToken(path: String) async throws {
        try await withTestEmulator { client, _ throws in
            let response = try await client.send(.get, path)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
        }
    }

    @Test func healthcheckAndAppCheckBodies() async throws {
        try await withTestEmulator { client, _ throws in
            #expect(try await client.send(.get, "/api/healthcheck/").json == [:])
            #expect(try await client.send(.get, "/api/app/check/").json == ["installed": true])
        }
    }
}
