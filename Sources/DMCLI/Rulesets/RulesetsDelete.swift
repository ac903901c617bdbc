import ArgumentParser
import DataMasque

extension DM.Rulesets {
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a ruleset.")

        @Argument(help: "The ruleset's exact name.")
        var name: String

        @Option(name: .shortAndLong, help: "The ruleset's type, when both types have the name.")
        var type: RulesetKind?

        @OptionGroup var profile: ProfileOption

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        func run() async throws {
            let terminal = Terminal.current
            let ruleset = try await terminal.withClient(profile: profile.profile) { client in
                let ruleset = try await client.rulesets.resolve(name, type: type)
                guard let id = ruleset.id else { throw CLIError(.error, "The server listed ruleset '\(name)' without an id.") }
                try terminal.confirm("Delete the \(ruleset.rulesetType.rawValue) ruleset '\(name)'?", yes: yes)
                try await CLIError.translating("Could not delete ruleset '\(name)'") {
                    try await client.rulesets.deleteIfExists(id: id)
                }
                return ruleset
            }
            terminal.success("Deleted the \(ruleset.rulesetType.rawValue) ruleset '\(name)'.")
        }
    }
}
