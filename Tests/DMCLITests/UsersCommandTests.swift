import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite struct UsersCommandTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    private func agent(_ emulator: RunningEmulator) -> [String: String] {
        emulator.cliEnvironment.merging(["DM_OUTPUT": "json"]) { $1 }
    }

    @Test func listShowsActiveUsersWithJoinedRoles() async throws {
        try await withEmulator { emulator in
            await emulator.control.addUser(username: "bob", password: "pw", roles: ["mask_builder", "mask_runner"])
            await emulator.control.addUser(username: "gone", password: "pw", roles: ["mask_runner"], isActive: false)
            let result = await harness.run("users", "list", "--json", environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stdout.contains(#""username": "bob","#))
            #expect(result.stdout.contains(#""roles": "mask_builder, mask_runner""#))
            #expect(!result.stdout.contains("gone"))
            let table = await harness.run("users", "list", environment: emulator.cliEnvironment)
            #expect(table.stdout.contains("Users") && table.stdout.contains("┃ id"))
        }
    }

    @Test(arguments: ["superuser", "admin", "ADMIN", "Superuser"])
    func createAcceptsWireValuesAndFriendlyNames(role: String) async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                "users", "create", "--username", "carol", "--email", "c@example.com", "--role", role,
                environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stderr.hasPrefix("User 'carol' created. Temporary password: "))
            let carol = await emulator.control.users.first { $0["username"] == "carol" }
            #expect(carol?["user_roles"] == ["admin"])
        }
    }

    @Test func createPrintsTheTemporaryPasswordAsJSONInAgentMode() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                "users", "create", "--username", "dan", "--email", "d@example.com", "--role", "mask_builder", "--role",
                "ruleset_library_managers", environment: agent(emulator))
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
            let password = try #require(json["temporary_password"]?.stringValue)
            #expect(password.count == 16)
            #expect(json["roles"] == ["mask_builder", "ruleset_library_managers"] && json["username"] == "dan")
            #expect(!result.stdout.contains(emulator.configuration.password))
        }
    }

    @Test(arguments: [
        (["--role", "wizard"], "Unknown role 'wizard'"), (["--role", "ruleset_library_managers"], "mask_builder"),
    ])
    func badRolesAreInvalidInputBeforeLoggingIn(roles: [String], message: String) async throws {
        let result = await harness.run(["users", "create", "--username", "e", "--email", "e@example.com"] + roles)
        #expect(result.status == 4)
        #expect(result.stderr.contains(message))
    }

    @Test func createWithoutARoleIsAUsageError() async throws {
        let result = await harness.run("users", "create", "--username", "e", "--email", "e@example.com")
        #expect(result.status == 2)
    }

    @Test func resetPasswordPrintsTheNewPassword() async throws {
        try await withEmulator { emulator in
            await emulator.control.addUser(username: "bob", password: "old-pw", roles: ["mask_runner"])
            let human = await harness.run("users", "reset-password", "bob", environment: emulator.cliEnvironment)
            #expect(human.status == 0)
            #expect(human.stderr.hasPrefix("Password reset for 'bob'. New temporary password: "))
            let json = await harness.run("users", "reset-password", "bob", environment: agent(emulator))
            #expect(json.stdout.contains(#""username": "bob""#) && json.stdout.contains(#""temporary_password": ""#))
            let missing = await harness.run("users", "reset-password", "nobody", environment: emulator.cliEnvironment)
            #expect(missing.status == 3)
        }
    }

    @Test func deleteConfirmsThenDeletes() async throws {
        try await withEmulator { emulator in
            await emulator.control.addUser(username: "bob", password: "pw", roles: ["mask_runner"])
            let declined = await harness.run(
                "users", "delete", "bob", environment: emulator.cliEnvironment, input: ["no"])
            #expect(declined.status == 10)
            #expect(await emulator.control.users.contains { $0["username"] == "bob" })
            let deleted = await harness.run("users", "delete", "bob", "-y", environment: emulator.cliEnvironment)
            #expect(deleted.status == 0 && deleted.stderr == "User 'bob' deleted.\n")
            #expect(await !emulator.control.users.contains { $0["username"] == "bob" })
        }
    }

    @Test func deletingAMissingUserIsNotFound() async throws {
        try await withEmulator { emulator in
            let result = await harness.run("users", "delete", "nobody", "--yes", environment: agent(emulator))
            #expect(result.status == 3)
            #expect(result.stderr.hasPrefix(#"{"error": {"code": "not_found", "message": "User 'nobody' not found.""#))
        }
    }

    @Test func aNonAdministratorIsForbidden() async throws {
        try await withEmulator { emulator in
            await emulator.control.addUser(username: "runner", password: "runner-pw", roles: ["mask_runner"])
            let environment = emulator.cliEnvironment.merging(
                ["DATAMASQUE_USERNAME": "runner", "DATAMASQUE_PASSWORD": "runner-pw"]) { $1 }
            let result = await harness.run("users", "list", environment: environment)
            #expect(result.status == 11)
        }
    }
}
