import ArgumentParser
import DataMasque

extension DM.IFM {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the IFM ruleset plans.")

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let plans = try await terminal.withIFMClient(profile: profile.profile) { client in
                try await CLIError.translating("Failed to list IFM ruleset plans") {
                    try await client.rulesetPlans.list()
                }
            }
            terminal.render(
                TableOutput(
                    title: "IFM ruleset plans", columns: ["name", "serial", "created", "modified", "enabled"],
                    rows: plans.map(\.row)),
                json: output.json)
        }
    }
}
