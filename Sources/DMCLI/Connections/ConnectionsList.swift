import ArgumentParser

extension DM.Connections {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the connections with their type and role.")

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let connections = try await terminal.withClient(profile: profile.profile) { client in
                try await client.connections.list()
            }
            terminal.render(
                TableOutput(
                    title: "Connections", columns: ["id", "name", "type", "role"], rows: connections.map(\.listRow)),
                json: output.json)
        }
    }
}
