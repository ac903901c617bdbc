import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Users over loopback")
struct UsersIntegrationTests {
    static let builder = User(username: "builder", email: "builder@example.com", roles: [.maskBuilder])

    /// Logs in to the emulator as `user`, proving the password works.
    static func logIn(_ emulator: RunningEmulator, as user: User) async throws {
        let configuration = try emulator.clientConfiguration(
            credential: .password(username: user.username, password: try #require(user.password)), retryPolicy: .none)
        try await withDataMasqueClient(configuration) { try await $0.authenticate() }
    }

    @Test("create with a temporary or chosen password, update, reset and delete; each password logs in")
    func lifecycle() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let temporary = try await client.users.create(Self.builder)
                try await Self.logIn(emulator, as: temporary)

                let runner = User(username: "runner", email: "runner@example.com", roles: [.maskRunner])
                let chosen = try await client.users.create(runner, password: "Night-Shift-4821")
                #expect(chosen.password == "Night-Shift-4821")
                try await Self.logIn(emulator, as: chosen)

                var changed = temporary
                changed.email = "lead@example.com"
                changed.roles = [.maskBuilder, .rulesetLibraryManagers]
                let updated = try await client.users.update(changed)
                #expect(updated.email == "lead@example.com" && updated.roles == changed.roles && updated.isActive == true)

                changed.password = try await client.users.resetPassword(for: updated)
                try await Self.logIn(emulator, as: changed)

                #expect(try await client.users.list().map(\.username) == ["admin", "builder", "runner"])
                try await client.users.deleteIfExists(username: "builder")
                try await client.users.deleteIfExists(username: "builder")
                try await client.users.deleteIfExists(id: 9_999)
                #expect(try await client.users.get(username: "builder") == nil)
            }
        }
    }

    @Test("inactive users are left out of the list")
    func inactiveHidden() async throws {
        try await withEmulator { emulator in
            await emulator.control.addUser(username: "gone", password: "Gone-Pass-9", roles: ["mask_runner"], isActive: false)
            try await emulator.withClient { client in
                let usernames = try await client.users.list().map(\.username)
                #expect(usernames == ["admin"])
            }
        }
    }

    @Test("a password the server refuses leaves no half-created user behind")
    func refusedPassword() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let error = await #expect(throws: DataMasqueError.self) {
                    try await client.users.create(Self.builder, password: "short")
                }
                #expect(error?.code == .api && error?.response?.status == 400)
                #expect(error?.serverMessage?.contains("short") == true)
                #expect(await emulator.control.users.count == 1)
            }
        }
    }

    @Test("role rules are checked before anything is sent")
    func roleRules() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let invalid = User(username: "lib", email: "lib@example.com", roles: [.rulesetLibraryManagers])
                let error = await #expect(throws: DataMasqueError.self) { try await client.users.create(invalid) }
                #expect(error?.code == .configuration)
            }
            #expect(await emulator.control.requests.isEmpty)
        }
    }
}
