import ArgumentParser
import DataMasque

extension DM.Discover.Configs {
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a discovery config.")

        @Argument(help: "The config's exact name.")
        var name: String

        @Option(name: .shortAndLong, help: "The config's type, needed when the name exists as both.")
        var type: DiscoveryConfigKind?

        @OptionGroup var profile: ProfileOption

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        func run() async throws {
            let terminal = Terminal.current
            let deleted = try await terminal.withClient(profile: profile.profile) { client in
                let config = try await client.discoveryConfigs.resolve(name, type: type)
                guard let id = config.id else {
                    throw CLIError(.error, "The server listed discovery config '\(name)' without an id.")
                }
                try terminal.confirm("Delete discovery config '\(name)' (\(config.configType.rawValue))?", yes: yes)
                try await CLIError.translating("Failed to delete discovery config '\(name)'") {
                    try await client.discoveryConfigs.deleteIfExists(id: id)
                }
                return config
            }
            terminal.success("Deleted discovery config '\(name)' (\(deleted.configType.rawValue)).")
        }
    }
}
