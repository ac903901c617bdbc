import DataMasque
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct UsersTests {
    static let strongPassword = "Tq7mXw2pLr9vKd4s"

    static func newUser(_ username: String, roles: [JSONValue] = ["mask_builder"]) -> JSONValue {
        [
            "username": .string(username), "email": .string("\(username)@example.com"), "user_roles": .array(roles),
            "password": .string(strongPassword), "re_password": .string(strongPassword),
        ]
    }

    @Test func theConfiguredAdminExistsFromTheStart() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let users = try #require(try await client.send(.get, "/api/users/", token: key).json?.arrayValue)
            #expect(users.count == 1)
            #expect(users.first?["id"] == 1)
            #expect(users.first?["username"] == "admin")
            #expect(users.first?["user_roles"] == ["admin"])
            #expect(users.first?["is_active"] == true)
            #expect(users.first?["password"] == nil)
        }
    }

    @Test func anyActiveUserLogsInAndOnlyAdminsManageUsers() async throws {
        try await withTestEmulator { client, control throws in
            let id = await control.addUser(username: "runner", password: "run-pw", roles: ["mask_runner"])
            let key = try await client.login(username: "runner", password: "run-pw")
            let forbidden: JSONValue = ["detail": "You do not have permission to perform this action."]
            for (method, path) in [
                (HTTPRequest.Method.get, "/api/users/"), (.post, "/api/users/"), (.get, "/api/users/1/"),
                (.delete, "/api/users/1/"), (.post, "/api/users/1/reset-password/"), (.patch, "/api/settings/"),
                (.get, "/api/logs/download/?log_service=application"),
            ] {
                let response = try await client.send(method, path, token: key, json: [:])
                #expect(response.status == .forbidden, "\(method) \(path)")
                #expect(response.json == forbidden)
            }
            #expect(try await client.send(.get, "/api/connections/", token: key).status == .ok)
            #expect(try await client.send(.get, "/api/settings/", token: key).status == .ok)
            #expect(try await client.send(.get, "/api/license/", token: key).status == .ok)
            let me = try #require(try await client.send(.get, "/api/users/me/", token: key).json)
            #expect(me["id"] == .int(id))
            #expect(me["username"] == "runner")
            #expect(me["api_token"]?.stringValue?.count == 40)
        }
    }

    @Test func createListPatchDeactivateAndDelete() async throws {
        try await withTestEmulator { client, _ throws in
            let admin = try await client.login()
            let created = try await client.send(.post, "/api/users/", token: admin, json: Self.newUser("builder"))
            #expect(created.status == .created)
            #expect(created.json?["id"] == 2)
            #expect(created.json?["user_roles"] == ["mask_builder"])
            let builder = try await client.login(username: "builder", password: Self.strongPassword)

            let patched = try await client.send(
                .patch, "/api/users/2/", token: admin,
                json: ["email": "new@example.com", "user_roles": ["mask_builder", "ruleset_library_managers"]])
            #expect(patched.status == .ok)
            #expect(patched.json?["email"] == "new@example.com")
            #expect(try await client.send(.get, "/api/users/2/", token: admin).json == patched.json)

            let deactivated = try await client.send(.patch, "/api/users/2/", token: admin, json: ["is_active": false])
            #expect(deactivated.json?["is_active"] == false)
            #expect(try await client.send(.get, "/api/connections/", token: builder).status == .unauthorized)
            let refused = try await client.send(
                .post, "/api/auth/token/login/",
                json: ["username": "builder", "password": .string(Self.strongPassword)])
            #expect(refused.json == ["non_field_errors": ["Unable to log in with provided credentials."]])
            let listed = try await client.send(.get, "/api/users/", token: admin).json?.arrayValue
            #expect(listed?.map { $0["is_active"] } == [true, false])

            #expect(try await client.send(.delete, "/api/users/2/", token: admin).status == .noContent)
            #expect(try await client.send(.delete, "/api/users/2/", token: admin).json == ["detail": "Not found."])
            #expect(try await client.send(.get, "/api/users/2/", token: admin).status == .notFound)
            #expect(try await client.send(.get, "/api/users/nope/", token: admin).status == .notFound)
        }
    }

    @Test(
        arguments: [
            (["re_password": "Different9xQz"], ["non_field_errors": ["The two password fields didn't match."]]),
            (["username": "admin"], ["username": ["A user with that username already exists."]]),
            (["user_roles": ["ruleset_library_managers"]],
             ["user_roles": ["The ruleset_library_managers role requires the mask_builder role."]]),
            (["user_roles": ["owner"]], ["user_roles": ["\"owner\" is not a valid choice."]]),
            (["email": "not-an-address"], ["email": ["Enter a valid email address."]]),
            (["username": "", "password": nil],
             ["username": ["This field may not be blank."], "password": ["This field is required."]]),
        ] as [([String: JSONValue], JSONValue)])
    func creationIsValidated(changes: [String: JSONValue], expected: JSONValue) async throws {
        try await withTestEmulator { client, control throws in
            let admin = try await client.login()
            var body = try #require(Self.newUser("builder").objectValue)
            for (key, value) in changes {
                if value == .null { body.removeValue(forKey: key) } else { body[key] = value }
            }
            let response = try await client.send(.post, "/api/users/", token: admin, json: .object(body))
            #expect(response.status == .badRequest)
            #expect(response.json == expected)
            #expect(await control.users.count == 1)
        }
    }

    @Test(arguments: ["short1", "12345678901", "Xaaab7Kw9Lz", "Xabc7Kw9Lzq", "Xq7m321wLz", "admin"])
    func weakPasswordsAreRefused(password: String) async throws {
        try await withTestEmulator { client, _ throws in
            let admin = try await client.login()
            var body = try #require(Self.newUser("admin2").objectValue)
            (body["password"], body["re_password"]) = (.string(password), .string(password))
            if password == "admin" { body["username"] = "admin" }
            let response = try await client.send(.post, "/api/users/", token: admin, json: .object(body))
            #expect(response.status == .badRequest)
            let key = password == "admin" ? "username" : "password"
            #expect(response.json?[key]?.arrayValue?.isEmpty == false, "\(response.text)")
        }
    }

    @Test func passwordChangeChecksCurrentConfirmationAndRules() async throws {
        try await withTestEmulator { client, _ throws in
            let admin = try await client.login()
            _ = try await client.send(.post, "/api/users/", token: admin, json: Self.newUser("builder"))
            let newPassword = "Wp4nZr8tQm2xHv6k"
            let cases: [(JSONValue, JSONValue)] = [
                ([
                    "current_password": "wrong", "new_password": .string(newPassword),
                    "re_new_password": .string(newPassword),
                 ],
                 ["current_password": ["Invalid password."]]),
                (["current_password": .string(Self.strongPassword), "new_password": .string(newPassword),
                  "re_new_password": "other"],
                 ["non_field_errors": ["The two password fields didn't match."]]),
                (["current_password": .string(Self.strongPassword), "new_password": "aaa", "re_new_password": "aaa"],
                 ["new_password": [
                     "This password is too short. It must contain at least 8 characters.",
                     "This password contains the same character three times in a row.",
                 ]]),
                (["current_password": .string(Self.strongPassword)],
                 ["new_password": ["This field is required."], "re_new_password": ["This field is required."]]),
            ]
            for (body, expected) in cases {
                let response = try await client.send(.patch, "/api/users/2/", token: admin, json: body)
                #expect(response.status == .badRequest)
                #expect(response.json == expected)
            }
            let changed = try await client.send(
                .patch, "/api/users/2/", token: admin,
                json: [
                    "current_password": .string(Self.strongPassword), "new_password": .string(newPassword),
                    "re_new_password": .string(newPassword),
                ])
            #expect(changed.status == .ok)
            #expect(changed.json?["username"] == "builder")
            _ = try await client.login(username: "builder", password: newPassword)
        }
    }

    @Test func resetPasswordIssuesATemporaryPassword() async throws {
        try await withTestEmulator { client, _ throws in
            let admin = try await client.login()
            _ = try await client.send(.post, "/api/users/", token: admin, json: Self.newUser("builder"))
            let reset = try await client.send(.post, "/api/users/2/reset-password/", token: admin)
            #expect(reset.status == .ok)
            let password = try #require(reset.json?["password"]?.stringValue)
            #expect(password.count == 16)
            #expect(PasswordRules.problems(in: password, username: "builder").isEmpty)
            _ = try await client.login(username: "builder", password: password)
            #expect(try await client.send(.get, "/api/users/2/", token: admin).json?["has_temporary_password"] == true)
            #expect(try await client.send(.post, "/api/users/9/reset-password/", token: admin).status == .notFound)
        }
    }

    @Test func deletingAUserRevokesItsTokens() async throws {
        try await withTestEmulator { client, control throws in
            let id = await control.addUser(username: "builder", password: "pw", roles: ["mask_builder"])
            let builder = try await client.login(username: "builder", password: "pw")
            let admin = try await client.login()
            #expect(try await client.send(.delete, "/api/users/\(id)/", token: admin).status == .noContent)
            #expect(try await client.send(.get, "/api/users/me/", token: builder).json == ["detail": "Invalid token."])
        }
    }

    @Test func temporaryPasswordsAlwaysPassTheRules() {
        for _ in 0..<200 {
            let password = PasswordRules.temporaryPassword()
            #expect(password.count == 16 && password.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
            #expect(PasswordRules.problems(in: password, username: "someone").isEmpty, "\(password)")
        }
    }
}
