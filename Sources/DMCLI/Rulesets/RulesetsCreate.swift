import ArgumentParser
import DataMasque

extension DM.Rulesets {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a ruleset from a YAML file, or replace the one with the same name.",
            discussion: """
                Without --type, an existing ruleset's type is kept; a new name needs --type.
                The ruleset is stored even if it is invalid; check it with `dm rulesets status`.
                """)

        @Option(help: "The ruleset's name.")
        var name: String

        @Option(name: .shortAndLong, help: "The YAML file.")
        var file: String

        @Option(name: .shortAndLong, help: "The ruleset's type.")
        var type: RulesetKind?

        @OptionGroup var profile: ProfileOption

        func validate() throws {
            try InputFile.requireExisting(file)
        }

        func run() async throws {
            let terminal = Terminal.current
            let saved = try await terminal.withClient(profile: profile.profile) { client in
                let type = try chooseType(existing: try await client.rulesets.list(), terminal: terminal)
                let yaml = try InputFile(path: file).text()
                return try await CLIError.translating("Could not save ruleset '\(name)'") {
                    try await client.rulesets.createOrUpdate(Ruleset(name: name, yaml: yaml, rulesetType: type.rulesetType))
                }
            }
            terminal.success("Saved ruleset '\(saved.name)' (\(saved.rulesetType.rawValue)).")
        }

        private func chooseType(existing: [Ruleset], terminal: Terminal) throws -> RulesetKind {
            if let type { return type }
            let named = existing.filter { $0.name == name }.compactMap { RulesetKind(rawValue: $0.rulesetType.rawValue) }
            switch named.count {
            case 0:
                throw CLIError(
                    .notFound, "No ruleset is named '\(name)', so its type is unknown.",
                    hint: "Pass --type database or --type file to create it.")
            case 1:
                terminal.info("Updating the \(named[0].rawValue) ruleset '\(name)'.")
                return named[0]
            default:
                throw CLIError(
                    .ambiguous, "Multiple rulesets named '\(name)' (\(named.map(\.rawValue).joined(separator: ", "))).",
                    hint: "Pass --type database|file to pick which one to update.")
            }
        }
    }
}
