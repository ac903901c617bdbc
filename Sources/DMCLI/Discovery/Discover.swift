import ArgumentParser

extension DM {
    struct Discover: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Discover sensitive data, and manage the configs that steer discovery.",
            subcommands: [Configs.self, Libraries.self]
        )
    }
}
