import ArgumentParser
import DataMasque

extension DM.IFM {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create an IFM ruleset plan from a YAML file.",
            discussion: "The service adds a random suffix to the name; the plan's final name and URL are printed.")

        @Option(help: "The plan's name, to which the service adds a random suffix.")
        var name: String

        @Option(name: .shortAndLong, help: "The ruleset YAML file.")
        var file: String

        @OptionGroup var flags: PlanOptionFlags
        @OptionGroup var profile: ProfileOption

        func validate() throws {
            try InputFile.requireExisting(file)
        }

        func run() async throws {
            let terminal = Terminal.current
            let plan = try await terminal.withIFMClient(profile: profile.profile) { client in
                let yaml = try InputFile(path: file).text()
                return try await CLIError.translating("Failed to create IFM ruleset plan") {
                    try await client.rulesetPlans.create(name: name, yaml: yaml, options: flags.options)
                }
            }
            terminal.success("IFM ruleset plan '\(plan.name)' created (serial \(plan.serial)).")
            if let url = plan.url { terminal.printData(url.absoluteString) }
        }
    }
}
