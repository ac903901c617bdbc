import ArgumentParser

extension DM.Auth {
    struct Logout: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "logout",
            abstract: "Delete a saved profile.",
            discussion: "When it was active, the first remaining profile becomes active."
        )

        @Option(help: "The profile to delete; the active one when omitted.")
        var profile: String?

        func run() async throws {
            let terminal = Terminal.current
            let name = try ConfigFile(for: terminal).update { configuration in
                let name = profile ?? configuration.activeProfile
                guard configuration.remove(named: name) else {
                    throw CLIError(
                        .notFound, "Profile '\(name)' not found.", hint: "Run `dm auth list` to see the profiles.")
                }
                return name
            }
            terminal.success("Deleted profile '\(name)'.")
        }
    }
}
