import ArgumentParser

extension DM {
    struct Discover: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "discover",
            abstract: "Discover sensitive data, and manage the configs that steer discovery.",
            subcommands: [
                Schema.self, File.self, SchemaResults.self, SDDReport.self, DBReport.self, FileReport.self,
                ConfigSnapshot.self, Configs.self, Libraries.self,
            ]
        )
    }
}
