import ArgumentParser
import DataMasque

extension DM.Users {
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete an active user.")

        @Argument(help: "The user's exact username.")
        var username: String

        @OptionGroup var profile: ProfileOption

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        func run() async throws {
            let terminal = Terminal.current
            try await terminal.withClient(profile: profile.profile) { client in
                let user = try await client.users.require(username: username)
                try terminal.confirm("Delete user '\(username)'?", yes: yes)
                try await CLIError.translating("Could not delete user '\(username)'") {
                    try await client.users.deleteIfExists(username: user.username)
                }
            }
            terminal.success("User '\(username)' deleted.")
        }
    }
}
