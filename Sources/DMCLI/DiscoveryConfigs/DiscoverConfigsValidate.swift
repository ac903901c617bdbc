import ArgumentParser
import DataMasque

extension DM.Discover.Configs {
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a discovery config YAML file on the server without keeping it.",
            discussion: """
                Stores it under a temporary name, reads the verdict and deletes it again.
                Files of 60 KiB or more validate asynchronously: create the config and check `dm discover configs status`.
                """)

        @Option(name: .shortAndLong, help: "The YAML file.")
        var file: String

        @Option(name: .shortAndLong, help: "The config's type.")
        var type: DiscoveryConfigKind

        @OptionGroup var profile: ProfileOption

        func validate() throws {
            try InputFile.requireExisting(file)
        }

        func run() async throws {
            let terminal = Terminal.current
            let input = try ValidationFile(path: file)
            try input.requireSynchronous(
                noun: "discovery configs",
                create: "dm discover configs create --name <name> --type \(type.rawValue) -f \(file)",
                status: "dm discover configs status <name>")
            let subject = "Discovery config \"\(input.fileName)\""
            let verdict = try await terminal.withClient(profile: profile.profile) { client in
                try await check(input, configs: client.discoveryConfigs, terminal: terminal)
            }
            var details = verdict.validationErrorDetails.map(\.detail)
            if details.isEmpty, let summary = verdict.validationError { details = [summary] }
            if verdict.isValid == .invalid || !details.isEmpty {
                throw CLIError(.invalidInput, details.isEmpty ? "\(subject) is invalid." : "\(subject) is invalid", details: details)
            }
            terminal.success("\(subject) validation status: \(verdict.isValid.statusText)")
        }

        /// Stores the file as a temporary config, deletes it again and returns the server's verdict.
        private func check(
            _ input: ValidationFile, configs: DataMasqueClient.DiscoveryConfigs, terminal: Terminal
        ) async throws -> DiscoveryConfig {
            let name = ValidationFile.temporaryName()
            let stored = try await CLIError.translating("Validation of discovery config \"\(input.fileName)\" failed") {
                try await configs.create(DiscoveryConfig(name: name, yaml: input.yaml, configType: type.configType))
            }
            if let id = stored.id {
                do {
                    try await configs.deleteIfExists(id: id)
                } catch {
                    terminal.warning("The temporary discovery config '\(name)' was left on server: \(error).")
                }
            }
            return stored
        }
    }
}
