import ArgumentParser

extension DM.Connections {
    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: "Show every field of a connection, secrets redacted.")

        @Argument(help: "The connection's exact name.")
        var name: String

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let connection = try await terminal.withClient(profile: profile.profile) { client in
                try await client.connections.get(named: name)
            }
            guard let connection else {
                throw CLIError(
                    .notFound, "Connection '\(name)' not found.", hint: "Run `dm connections list` to see the names.")
            }
            terminal.render(
                DetailOutput(title: "Connection: \(name)", fields: try connection.redactedFields()), json: output.json)
        }
    }
}
