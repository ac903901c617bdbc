import ArgumentParser
import DataMasque

extension DM.Rulesets {
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a ruleset YAML file on the server without keeping it.",
            discussion: """
                Stores it under a temporary name, reads the verdict and deletes it again.
                Files of 60 KiB or more validate asynchronously: create the ruleset and check `dm rulesets status`.
                """)

        @Option(name: .shortAndLong, help: "The YAML file.")
        var file: String

        @Option(name: .shortAndLong, help: "The ruleset's type.")
        var type: RulesetKind

        @OptionGroup var profile: ProfileOption

        func validate() throws {
            try InputFile.requireExisting(file)
        }

        func run() async throws {
            let terminal = Terminal.current
            let input = try ValidationFile(path: file)
            try input.requireSynchronous(
                noun: "rulesets", create: "dm rulesets create --name <name> --type \(type.rawValue) -f \(file)",
                status: "dm rulesets status <name>")
            let subject = "Ruleset '\(input.fileName)' (\(type.rawValue))"
            let verdict = try await terminal.withClient(profile: profile.profile) { client in
                try await Self.check(input.yaml, type: type, file: file, rulesets: client.rulesets, terminal: terminal)
            }
            if verdict.isValid == .invalid || !verdict.validationErrors.isEmpty {
                throw CLIError(.invalidInput, "\(subject) is invalid", details: verdict.validationErrors.map(\.detail))
            }
            terminal.success("\(subject) is \(verdict.metadata.statusText).")
        }

        /// Stores `yaml` as a temporary ruleset, deletes it again and returns the server's verdict.
        private static func check(
            _ yaml: String, type: RulesetKind, file: String, rulesets: DataMasqueClient.Rulesets, terminal: Terminal
        ) async throws -> Ruleset {
            let name = ValidationFile.temporaryName()
            let stored = try await CLIError.translating("Could not validate \(file)") {
                try await rulesets.createOrUpdate(Ruleset(name: name, yaml: yaml, rulesetType: type.rulesetType))
            }
            if let id = stored.id {
                do {
                    try await rulesets.deleteIfExists(id: id)
                } catch {
                    terminal.warning("The temporary ruleset '\(name)' was left on server: \(error).")
                }
            }
            return stored
        }
    }
}
