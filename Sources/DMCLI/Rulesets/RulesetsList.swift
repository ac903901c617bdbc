import ArgumentParser
import DataMasque

extension DM.Rulesets {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the rulesets with their type.")

        @Option(name: .shortAndLong, help: "Only rulesets of this type.")
        var type: RulesetKind?

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let rulesets = try await terminal.withClient(profile: profile.profile) { client in
                try await client.rulesets.list()
            }
            let rows = rulesets.filter { type == nil || $0.rulesetType == type?.rulesetType }.map(\.listRow)
            terminal.render(TableOutput(title: "Rulesets", columns: ["id", "name", "type"], rows: rows), json: output.json)
        }
    }
}
