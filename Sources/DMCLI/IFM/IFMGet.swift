import ArgumentParser
import DataMasque

extension DM.IFM {
    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Show an IFM ruleset plan, or only its YAML.")

        @Argument(help: "The plan's name.")
        var name: String

        @Flag(help: "Print only the ruleset YAML.")
        var yaml = false

        @OptionGroup var output: JSONOption
        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let plan = try await terminal.withIFMClient(profile: profile.profile) { client in
                try await CLIError.translating("Failed to get IFM ruleset plan '\(name)'") {
                    try await client.rulesetPlans.get(name: name)
                }
            }
            if yaml {
                guard let text = plan.yaml else { throw CLIError(.error, "IFM ruleset plan '\(name)' has no ruleset YAML.") }
                return terminal.printData(text)
            }
            terminal.render(DetailOutput(title: "IFM plan: \(name)", fields: plan.detailFields), json: output.json)
        }
    }
}
