import ArgumentParser
import DataMasque

extension DM.Libraries {
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "validate", abstract: "Validate a stored ruleset library again.")

        @Argument(help: "The library's exact name.")
        var name: String

        @OptionGroup var namespace: NamespaceOption
        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let label = namespace.label(name)
            let library = try await terminal.withClient(profile: profile.profile) { client in
                let library = try await client.rulesetLibraries.require(name, namespace: namespace.namespace)
                return try await CLIError.translating("Failed to validate library '\(label)'") {
                    try await client.rulesetLibraries.validate(id: library.id ?? "")
                }
            }
            if library.isValid == .invalid {
                throw CLIError(.invalidInput, "Library '\(label)' is invalid", details: library.validationErrors.map(\.detail))
            }
            terminal.success("Library '\(label)' is \(library.metadata.statusText).")
        }
    }
}
