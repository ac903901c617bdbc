import ArgumentParser
import DataMasque

extension DM.Libraries {
    struct Usage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "usage", abstract: "List the rulesets that import a ruleset library.")

        @Argument(help: "The library's exact name.")
        var name: String

        @OptionGroup var namespace: NamespaceOption
        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let rulesets = try await terminal.withClient(profile: profile.profile) { client in
                let libraries = client.rulesetLibraries
                return try await libraries.rulesetsUsing(id: try await libraries.require(name, namespace: namespace.namespace).id ?? "")
            }
            let label = namespace.label(name)
            terminal.render(
                TableOutput(title: "Rulesets using \(label)", columns: ["id", "name", "type"], rows: rulesets.map(\.listRow)),
                json: output.json)
        }
    }
}
