import ArgumentParser

extension DM.Connections {
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a connection by name.")

        @Argument(help: "The connection's exact name.")
        var name: String

        @OptionGroup var profile: ProfileOption

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        func run() async throws {
            let terminal = Terminal.current
            try await terminal.withClient(profile: profile.profile) { client in
                guard try await client.connections.get(named: name) != nil else {
                    throw DM.Connections.notFound(name)
                }
                try terminal.confirm("Delete connection '\(name)'?", yes: yes)
                try await CLIError.translating("Could not delete connection '\(name)'") {
                    try await client.connections.deleteIfExists(named: name)
                }
            }
            terminal.success("Connection '\(name)' deleted.")
        }
    }
}
