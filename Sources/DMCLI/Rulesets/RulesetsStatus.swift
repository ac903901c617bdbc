import ArgumentParser
import DataMasque

extension DM.Rulesets {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show whether a stored ruleset is valid, with its validation errors.")

        @Argument(help: "The ruleset's exact name.")
        var name: String

        @Option(name: .shortAndLong, help: "The ruleset's type, when both types have the name.")
        var type: RulesetKind?

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let ruleset = try await terminal.withClient(profile: profile.profile) { client in
                try await client.rulesets.resolve(name, type: type)
            }
            let fields: [OrderedJSON.Field] = [
                .init("name", .string(ruleset.name)), .init("type", .string(ruleset.rulesetType.rawValue)),
                .init("status", .string(ruleset.metadata.statusText)),
                .init("errors", ruleset.validationErrors.statusField(json: terminal.wantsJSON(output.json))),
            ]
            terminal.render(DetailOutput(title: "Ruleset: \(name)", fields: fields), json: output.json)
            if ruleset.isValid == .inProgress { terminal.info("Validation is in progress; run this again shortly.") }
        }
    }
}
