import DataMasque
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct IFMAuthTests {
    @Test func jwtLoginIssuesUnsignedJWTShapedTokens() async throws {
        try await withTestEmulator(setup: .live) { client, control in
            let response = try await client.send(
                .post, "/api/auth/jwt/login/", json: ["username": "admin", "password": "datamasque"])
            #expect(response.status == .ok)
            let body = try #require(response.json)
            #expect(body["token_type"] == "Bearer")
            let access = try #require(body["access_token"]?.stringValue)
            let parts = access.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 3)
            var header = String(parts[0]).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            header += String(repeating: "=", count: (4 - header.count % 4) % 4)
            let decoded = try JSONDecoder().decode(JSONValue.self, from: try #require(Data(base64Encoded: header)))
            #expect(decoded["alg"] == "none")
            #expect(body["refresh_token"]?.stringValue != access)
            #expect(await control.ifmLoginCount == 1)
        }
    }

    @Test func jwtLoginRefusesBadCredentialsWith401AndMissingFieldsWith400() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let wrong = try await client.send(
                .post, "/api/auth/jwt/login/", json: ["username": "admin", "password": "nope"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.json?["detail"]?.stringValue?.isEmpty == false)
            let missing = try await client.send(.post, "/api/auth/jwt/login/", json: ["username": "admin"])
            #expect(missing.status == .badRequest)
            #expect(missing.json?["password"] == ["This field is required."])
        }
    }

    @Test func verifyTokenListsTheScopesOfTheUsersRoles() async throws {
        try await withTestEmulator(setup: .live) { client, control in
            await control.addUser(username: "runner", password: "pw", roles: ["mask_runner"])
            let admin = try await client.jwtLogin()
            let runner = try await client.jwtLogin(username: "runner", password: "pw")
            let adminScopes = try await client.send(.get, "/ifm/verify-token/", bearer: admin.access).json
            #expect(adminScopes?["scopes"] == ["ifm/mask", "ifm/rules:list", "ifm/rules:read", "ifm/rules:write"])
            let runnerScopes = try await client.send(.get, "/ifm/verify-token/", bearer: runner.access).json
            #expect(runnerScopes?["scopes"] == ["ifm/mask", "ifm/rules:list"])
        }
    }

    @Test func adminTokensAndJWTsOnlyWorkOnTheirOwnRoutes() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let key = try await client.login()
            let jwt = try await client.jwtLogin()
            let tokenOnIFM = try await client.send(.get, "/ifm/verify-token/", token: key)
            #expect(tokenOnIFM.status == .unauthorized)
            #expect(tokenOnIFM.headers[.wwwAuthenticate] == "Bearer")
            let jwtOnAdmin = try await client.send(.get, "/api/connections/", bearer: jwt.access)
            #expect(jwtOnAdmin.status == .unauthorized)
            let refreshAsAccess = try await client.send(.get, "/ifm/verify-token/", bearer: jwt.refresh)
            #expect(refreshAsAccess.status == .unauthorized)
            let none = try await client.send(.get, "/ifm/ruleset-plans/")
            #expect(none.status == .unauthorized)
        }
    }

    @Test func expiredAccessTokensAreRefreshedWithTheRefreshToken() async throws {
        try await withTestEmulator(setup: .live) { client, control in
            let tokens = try await client.jwtLogin()
            await control.expireIFMTokens()
            let expired = try await client.send(.get, "/ifm/verify-token/", bearer: tokens.access)
            #expect(expired.status == .unauthorized)
            #expect(expired.json?["detail"] == "Token has expired")

            let refreshed = try await client.send(
                .post, "/api/auth/jwt/refresh/", json: ["refresh": .string(tokens.refresh)])
            #expect(refreshed.status == .ok)
            let access = try #require(refreshed.json?["access_token"]?.stringValue)
            #expect(try await client.send(.get, "/ifm/verify-token/", bearer: access).status == .ok)
            #expect(await control.ifmRefreshCount == 1)
        }
    }

    @Test func expiringRefreshTokensForcesANewLogin() async throws {
        try await withTestEmulator(setup: .live) { client, control in
            let tokens = try await client.jwtLogin()
            await control.expireIFMTokens(includingRefreshTokens: true)
            let refused = try await client.send(
                .post, "/api/auth/jwt/refresh/", json: ["refresh": .string(tokens.refresh)])
            #expect(refused.status == .unauthorized)
            let withAccess = try await client.send(
                .post, "/api/auth/jwt/refresh/", json: ["refresh": .string(tokens.access)])
            #expect(withAccess.status == .unauthorized)
            let fresh = try await client.jwtLogin()
            #expect(try await client.send(.get, "/ifm/verify-token/", bearer: fresh.access).status == .ok)
        }
    }

    @Test func tokensExpireAfterTheConfiguredLifetimeOnTheEmulatorClock() async throws {
        var configuration = EmulatorConfiguration()
        configuration.inFlightMasking.accessTokenLifetime = .seconds(60)
        try await withTestEmulator(configuration, setup: .live) { client, control in
            let tokens = try await client.jwtLogin()
            #expect(try await client.send(.get, "/ifm/verify-token/", bearer: tokens.access).status == .ok)
            await control.advanceClock(by: .seconds(61))
            #expect(try await client.send(.get, "/ifm/verify-token/", bearer: tokens.access).status == .unauthorized)
        }
    }

    @Test func theExpireControlIsReachableOverHTTP() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let tokens = try await client.jwtLogin()
            let control = try await client.send(.post, "/_emulator/ifm/expire-tokens", json: ["refresh_tokens": true])
            #expect(control.status == .noContent)
            #expect(try await client.send(.get, "/ifm/verify-token/", bearer: tokens.access).status == .unauthorized)
            let refresh = try await client.send(
                .post, "/api/auth/jwt/refresh/", json: ["refresh": .string(tokens.refresh)])
            #expect(refresh.status == .unauthorized)
            let status = try await client.send(.get, "/_emulator/ifm/status")
            #expect(status.json == ["login_count": 1, "refresh_count": 0])
            let bad = try await client.send(.post, "/_emulator/ifm/expire-tokens", json: ["refresh_tokens": "yes"])
            #expect(bad.status == .badRequest)
        }
    }

    @Test func theRefreshTokenNeverReachesTheRequestRecord() async throws {
        try await withTestEmulator(setup: .live) { client, control in
            let tokens = try await client.jwtLogin()
            _ = try await client.send(.post, "/api/auth/jwt/refresh/", json: ["refresh": .string(tokens.refresh)])
            let recorded = await control.requests.map { "\($0)" }.joined()
            #expect(!recorded.contains(tokens.refresh))
            #expect(!recorded.contains(tokens.access))
        }
    }

    @Test func theStartingUpPhaseAnswers502OnIFMRoutes() async throws {
        try await withTestEmulator(setup: .live) { client, control in
            let tokens = try await client.jwtLogin()
            await control.setStartingUp(.requests(1))
            #expect(try await client.send(.get, "/ifm/verify-token/", bearer: tokens.access).status == .badGateway)
            #expect(try await client.send(.get, "/ifm/verify-token/", bearer: tokens.access).status == .ok)
        }
    }
}
