import ArgumentParser
import DataMasque

extension DM.Discover.Configs {
    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Show a discovery config.")

        @Argument(help: "The config's exact name.")
        var name: String

        @Option(name: .shortAndLong, help: "The config's type, needed when the name exists as both.")
        var type: DiscoveryConfigKind?

        @Flag(help: "Print only the YAML.")
        var yaml = false

        @OptionGroup var output: JSONOption
        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let config = try await terminal.withClient(profile: profile.profile) { client in
                let listed = try await client.discoveryConfigs.resolve(name, type: type)
                return try await client.discoveryConfigs.get(id: listed.id ?? "")
            }
            if yaml { return terminal.printData(config.yaml ?? "") }
            let fields: [OrderedJSON.Field] = [
                .init("id", .optional(config.id)), .init("name", .string(config.name)),
                .init("type", .string(config.configType.rawValue)), .init("valid", .string(config.isValid.statusText)),
                .init("created", .optional(config.created?.pythonISOFormat(separator: " "))),
                .init("modified", .optional(config.modified?.pythonISOFormat(separator: " "))),
            ]
            terminal.render(DetailOutput(title: "Discovery Config: \(config.name)", fields: fields), json: output.json)
        }
    }
}
