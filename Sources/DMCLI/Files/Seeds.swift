import ArgumentParser

extension DM {
    struct Seeds: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "seeds",
            abstract: "List, upload and delete seed files (CSV data that rulesets draw values from).",
            subcommands: [List.self, Upload.self, Delete.self]
        )
    }
}
