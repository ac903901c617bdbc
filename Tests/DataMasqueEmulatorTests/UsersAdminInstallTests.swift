import DataMasque
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct UsersAdminInstallTests {
    static let install: JSONValue = [
        "email": "root@example.com", "username": "root", "password": "Install9Secret",
        "re_password": "Install9Secret", "allowed_hosts": ["localhost", "127.0.0.1"],
    ]

    @Test func aFreshServerInstallsItsFirstAdminOnce() async throws {
        try await withTestEmulator(EmulatorConfiguration(installed: false)) { client, control throws in
            #expect(try await client.send(.get, "/api/app/check/").json == ["installed": false])
            #expect(await control.users.isEmpty)
            let refused = try await client.send(
                .post, "/api/auth/token/login/", json: ["username": "admin", "password": "datamasque"])
            #expect(refused.status == .badRequest)

            var mismatched = try #require(Self.install.objectValue)
            mismatched["re_password"] = "Other9Secret"
            let invalid = try await client.send(.post, "/api/users/admin-install/", json: .object(mismatched))
            #expect(invalid.json == ["non_field_errors": ["The two password fields didn't match."]])

            let installed = try await client.send(.post, "/api/users/admin-install/", json: Self.install)
            #expect(installed.status == .created)
            #expect(installed.json?["id"] == 1)
            #expect(installed.json?["username"] == "root")
            #expect(installed.json?["email"] == "root@example.com")
            #expect(installed.json?["user_roles"] == ["admin"])
            #expect(try await client.send(.get, "/api/app/check/").json == ["installed": true])

            let key = try await client.login(username: "root", password: "Install9Secret")
            #expect(try await client.send(.get, "/api/users/", token: key).status == .ok)

            let again = try await client.send(.post, "/api/users/admin-install/", json: Self.install)
            #expect(again.status == .unauthorized)
            #expect(again.json == ["detail": "Authentication credentials were not provided."])
        }
    }

    @Test func anInstalledServerRefusesAdminInstall() async throws {
        try await withTestEmulator { client, _ throws in
            let response = try await client.send(.post, "/api/users/admin-install/", json: Self.install)
            #expect(response.status == .unauthorized)
            #expect(response.json == ["detail": "Authentication credentials were not provided."])
        }
    }

    @Test func resetReturnsToTheConfiguredInstallState() async throws {
        try await withTestEmulator(EmulatorConfiguration(installed: false)) { client, control throws in
            _ = try await client.send(.post, "/api/users/admin-install/", json: Self.install)
            await control.reset()
            #expect(try await client.send(.get, "/api/app/check/").json == ["installed": false])
        }
    }
}
