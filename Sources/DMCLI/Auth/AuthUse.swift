import ArgumentParser

extension DM.Auth {
    struct Use: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "use", abstract: "Make a saved profile the active one.")

        @Argument(help: "The profile to use.")
        var profile: String

        func run() async throws {
            let terminal = Terminal.current
            try ConfigFile(for: terminal).update { configuration in
                guard configuration.contains(profile) else {
                    throw CLIError(
                        .notFound, "Profile '\(profile)' not found.",
                        hint: "Run `dm auth login --profile \(profile)` to create it.")
                }
                configuration.activeProfile = profile
            }
            terminal.success("Now using profile '\(profile)'.")
        }
    }
}
