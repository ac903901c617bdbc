import ArgumentParser
import DataMasque
import Foundation

extension DM.Discover.Configs {
    struct Defaults: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "defaults",
            abstract: "Print the server's built-in discovery config as YAML, a starting point for your own.")

        @Option(name: .shortAndLong, help: "The kind of discovery.")
        var type: DiscoveryConfigKind = .database

        @Option(name: .shortAndLong, help: "Write the YAML to this file instead.")
        var output: String?

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let yaml = try await terminal.withClient(profile: profile.profile) { client in
                try await client.discoveryConfigs.defaultYAML(for: type.configType)
            }
            guard let output else { return terminal.printData(yaml) }
            try OutputFile(path: output).write(Data(yaml.utf8))
            terminal.success("Wrote the default \(type.rawValue) discovery config to \(output).")
        }
    }
}
