import ArgumentParser

extension DM {
    struct Connections: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "connections",
            abstract: "List and inspect database and file connections.",
            subcommands: [List.self, Get.self, Create.self, Test.self, Update.self, Delete.self]
        )
    }
}
