import ArgumentParser
import DataMasque

extension DM.Users {
    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Give an active user a new temporary password, which is printed.",
            discussion: "With --json or in agent mode, prints {username, temporary_password}."
        )

        @Argument(help: "The user's exact username.")
        var username: String

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let password = try await terminal.withClient(profile: profile.profile) { client in
                let user = try await client.users.require(username: username)
                return try await CLIError.translating("Could not reset the password of '\(username)'") {
                    try await client.users.resetPassword(for: user)
                }
            }
            if terminal.wantsJSON(output.json) {
                terminal.printJSON(
                    .object([.init("username", .string(username)), .init("temporary_password", .string(password))]))
            }
            terminal.success("Password reset for '\(username)'. New temporary password: \(password)")
        }
    }
}
