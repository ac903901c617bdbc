import ArgumentParser
import DataMasque

extension DM.IFM {
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete an IFM ruleset plan.")

        @Argument(help: "The plan's name.")
        var name: String

        @OptionGroup var profile: ProfileOption

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        func run() async throws {
            let terminal = Terminal.current
            try terminal.confirm("Delete IFM ruleset plan '\(name)'?", yes: yes)
            try await terminal.withIFMClient(profile: profile.profile) { client in
                try await CLIError.translating("Failed to delete IFM ruleset plan '\(name)'") {
                    try await client.rulesetPlans.delete(name: name)
                }
            }
            terminal.success("IFM ruleset plan '\(name)' deleted.")
        }
    }
}
