import ArgumentParser
import DataMasque

extension DM.Rulesets {
    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Show a ruleset with its YAML.")

        @Argument(help: "The ruleset's exact name.")
        var name: String

        @Option(name: .shortAndLong, help: "The ruleset's type, when both types have the name.")
        var type: RulesetKind?

        @Flag(help: "Print only the YAML.")
        var yaml = false

        @OptionGroup var output: JSONOption
        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let ruleset = try await terminal.withClient(profile: profile.profile) { client in
                try await client.rulesets.get(id: try await client.rulesets.resolve(name, type: type).id ?? "")
            }
            if yaml { return terminal.printData(ruleset.yaml) }
            let fields: [OrderedJSON.Field] = [
                .init("id", .optional(ruleset.id)), .init("name", .string(ruleset.name)),
                .init("type", .string(ruleset.rulesetType.rawValue)), .init("yaml", .string(ruleset.yaml)),
            ]
            terminal.render(DetailOutput(title: "Ruleset: \(name)", fields: fields), json: output.json)
        }
    }
}
