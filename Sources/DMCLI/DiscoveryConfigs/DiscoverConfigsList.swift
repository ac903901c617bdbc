import ArgumentParser
import DataMasque

extension DM.Discover.Configs {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the discovery configs with their validity.")

        @Option(name: .shortAndLong, help: "Only configs of this type.")
        var type: DiscoveryConfigKind?

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let configs = try await terminal.withClient(profile: profile.profile) { client in
                try await client.discoveryConfigs.list()
            }
            let shown = configs.filter { type == nil || $0.configType == type?.configType }
            terminal.render(
                TableOutput(
                    title: "Discovery Configs", columns: ["id", "name", "type", "valid"],
                    rows: shown.map {
                        [.optional($0.id), .string($0.name), .string($0.configType.rawValue), .string($0.isValid.statusText)]
                    }),
                json: output.json)
        }
    }
}
