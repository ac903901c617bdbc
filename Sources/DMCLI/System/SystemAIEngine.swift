import ArgumentParser

extension DM.System {
    struct AIEngine: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ai-engine",
            abstract: "Show or set the URL of the DataMasque AI engine.",
            subcommands: [Show.self, SetURL.self]
        )
    }
}
