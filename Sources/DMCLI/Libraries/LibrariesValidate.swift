import ArgumentParser

extension DM.Libraries {
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a stored ruleset library again.")

        @Argument(help: "The library's exact name.")
        var name: String

        @OptionGroup var namespace: NamespaceOption
        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let label = LibraryRecord.label(name: name, namespace: namespace.namespace)
            let library = try await terminal.withClient(profile: profile.profile) { client in
                let requests = LibraryRequests(client: client)
                let library = try await requests.require(name, namespace: namespace.namespace)
                return try await CLIError.translating("Failed to validate library '\(label)'") {
                    try await requests.revalidate(id: library.id ?? "")
                }
            }
            if library.status == "invalid" {
                throw CLIError(.invalidInput, "Library '\(label)' is invalid", details: library.issues.map(\.detail))
            }
            terminal.success("Library '\(label)' is \(library.status).")
        }
    }
}
