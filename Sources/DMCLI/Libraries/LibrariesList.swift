import ArgumentParser
import DataMasque

extension DM.Libraries {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the ruleset libraries with their validity.")

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let libraries = try await terminal.withClient(profile: profile.profile) { client in
                try await client.rulesetLibraries.list()
            }
            terminal.render(
                TableOutput(
                    title: "Ruleset Libraries", columns: ["id", "namespace", "name", "valid"],
                    rows: libraries.map { [.optional($0.id), .string($0.namespace), .string($0.name), .string($0.metadata.statusText)] }),
                json: output.json)
        }
    }
}
