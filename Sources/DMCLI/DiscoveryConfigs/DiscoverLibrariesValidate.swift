import ArgumentParser
import DataMasque

extension DM.Discover.Libraries {
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a discovery config library YAML file on the server without keeping it.",
            discussion: "Stores it under a temporary name in the default namespace, reads the verdict and deletes it again.")

        @Option(name: .shortAndLong, help: "The YAML file.")
        var file: String

        @OptionGroup var profile: ProfileOption

        func validate() throws {
            try InputFile.requireExisting(file)
        }

        func run() async throws {
            let terminal = Terminal.current
            let input = try ValidationFile(path: file)
            let subject = "Discovery config library \"\(input.fileName)\""
            let verdict = try await terminal.withClient(profile: profile.profile) { client in
                try await check(input, libraries: client.discoveryConfigLibraries, terminal: terminal)
            }
            let details = verdict.validationError.map { [$0] } ?? []
            if verdict.isValid == .invalid || !details.isEmpty {
                throw CLIError(.invalidInput, details.isEmpty ? "\(subject) is invalid." : "\(subject) is invalid", details: details)
            }
            terminal.success("\(subject) validation status: \(verdict.isValid.statusText)")
        }

        /// Stores the file as a temporary library, deletes it again and returns the server's verdict.
        private func check(
            _ input: ValidationFile, libraries: DataMasqueClient.DiscoveryConfigLibraries, terminal: Terminal
        ) async throws -> DiscoveryConfigLibrary {
            let name = ValidationFile.temporaryName()
            let stored = try await CLIError.translating(
                "Validation of discovery config library \"\(input.fileName)\" failed"
            ) {
                try await libraries.create(DiscoveryConfigLibrary(name: name, yaml: input.yaml))
            }
            if let id = stored.id {
                do {
                    try await libraries.deleteIfExists(id: id)
                } catch {
                    terminal.warning("The temporary discovery config library '\(name)' was left on server: \(error).")
                }
            }
            return stored
        }
    }
}
