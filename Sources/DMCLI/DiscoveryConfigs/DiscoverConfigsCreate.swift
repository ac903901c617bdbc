import ArgumentParser
import DataMasque

extension DM.Discover.Configs {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a discovery config from a YAML file, or replace the one with the same name and type.",
            discussion: """
                Without --type, an existing config's type is kept; a new name needs --type.
                The config is stored even if it is invalid; check it with `dm discover configs status`.
                """)

        @Option(help: "The config's name.")
        var name: String

        @Option(name: .shortAndLong, help: "The YAML file.")
        var file: String

        @Option(name: .shortAndLong, help: "The config's type; defaults to the existing config's.")
        var type: DiscoveryConfigKind?

        @OptionGroup var profile: ProfileOption

        func validate() throws {
            try InputFile.requireExisting(file)
        }

        func run() async throws {
            let terminal = Terminal.current
            let saved = try await terminal.withClient(profile: profile.profile) { client in
                let type = try chooseType(existing: try await client.discoveryConfigs.named(name), terminal: terminal)
                let yaml = try InputFile(path: file).text()
                return try await CLIError.translating("Could not save discovery config '\(name)'") {
                    try await client.discoveryConfigs.createOrUpdate(
                        DiscoveryConfig(name: name, yaml: yaml, configType: type.configType))
                }
            }
            terminal.success("Saved discovery config '\(saved.name)' (\(saved.configType.rawValue)).")
        }

        private func chooseType(existing: [DiscoveryConfig], terminal: Terminal) throws -> DiscoveryConfigKind {
            if let type { return type }
            let types = existing.compactMap { DiscoveryConfigKind(rawValue: $0.configType.rawValue) }
            switch types.count {
            case 0:
                throw CLIError(
                    .notFound, "No discovery config is named '\(name)', so its type is unknown.",
                    hint: "Pass --type database or --type file to create it.")
            case 1:
                terminal.info("Updating the \(types[0].rawValue) discovery config '\(name)'.")
                return types[0]
            default:
                throw CLIError(
                    .ambiguous,
                    "Multiple discovery configs named '\(name)' (\(types.map(\.rawValue).joined(separator: ", "))).",
                    hint: "Pass --type database|file to pick which one to update.")
            }
        }
    }
}
