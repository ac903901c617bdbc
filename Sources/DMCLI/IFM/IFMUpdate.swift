import ArgumentParser
import DataMasque

extension DM.IFM {
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Change an IFM ruleset plan: only what you pass is sent.")

        @Argument(help: "The plan's name.")
        var name: String

        @Option(name: .shortAndLong, help: "A new ruleset YAML file.")
        var file: String?

        @OptionGroup var flags: PlanOptionFlags
        @OptionGroup var profile: ProfileOption

        func validate() throws {
            if let file { try InputFile.requireExisting(file) }
        }

        func run() async throws {
            let terminal = Terminal.current
            guard file != nil || flags.options != nil else {
                throw CLIError(.invalidInput, "Pass at least one of --file, --enabled/--disabled, or --log-level.")
            }
            let plan = try await terminal.withIFMClient(profile: profile.profile) { client in
                let yaml = try file.map { try InputFile(path: $0).text() }
                return try await CLIError.translating("Failed to update IFM ruleset plan '\(name)'") {
                    try await client.rulesetPlans.patch(name: name, yaml: yaml, options: flags.options)
                }
            }
            terminal.success("IFM ruleset plan '\(name)' updated (serial \(plan.serial)).")
        }
    }
}
