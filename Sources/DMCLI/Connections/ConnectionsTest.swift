import ArgumentParser
import DataMasque

extension DM.Connections {
    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Check that DataMasque can reach a connection's database or file store.")

        @Argument(help: "The connection's exact name or id.")
        var nameOrID: String

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let (name, warning) = try await terminal.withClient(profile: profile.profile) { client in
                let (connection, id) = try await DM.Connections.resolve(nameOrID, in: client)
                let warning = try await CLIError.translating("Connection '\(connection.name)' is not reachable") {
                    try await client.connections.test(id: id)
                }
                return (connection.name, warning)
            }
            terminal.success("Connection '\(name)' reachable\(warning.map { " (warning: \($0))" } ?? "").")
        }
    }
}
