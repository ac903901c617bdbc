import ArgumentParser
import DataMasque

extension DM.Discover.Configs {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show whether a stored discovery config is valid, with its validation error.")

        @Argument(help: "The config's exact name.")
        var name: String

        @Option(name: .shortAndLong, help: "The config's type, needed when the name exists as both.")
        var type: DiscoveryConfigKind?

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let config = try await terminal.withClient(profile: profile.profile) { client in
                try await client.discoveryConfigs.resolve(name, type: type)
            }
            let fields: [OrderedJSON.Field] = [
                .init("name", .string(config.name)), .init("type", .string(config.configType.rawValue)),
                .init("status", .string(config.isValid.statusText)),
                .init("validation_error", .optional(config.validationError)),
            ]
            terminal.render(DetailOutput(title: "Discovery Config: \(config.name)", fields: fields), json: output.json)
            if config.isValid == .inProgress { terminal.info("Validation is in progress; run this again shortly.") }
        }
    }
}
