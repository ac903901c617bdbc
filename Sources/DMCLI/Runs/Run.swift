import ArgumentParser

extension DM {
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Start, follow and inspect masking runs.",
            subcommands: [Start.self, Status.self, List.self, Logs.self, Cancel.self, Report.self, Retry.self, Wait.self]
        )
    }
}
