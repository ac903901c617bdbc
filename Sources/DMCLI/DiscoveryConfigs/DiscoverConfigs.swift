import ArgumentParser

extension DM.Discover {
    struct Configs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "configs",
            abstract: "Manage discovery configs, the YAML that steers schema and file data discovery.",
            discussion: "Config names are unique per type; pass -t/--type database|file when a name exists as both.",
            subcommands: [List.self, Get.self, Defaults.self, Create.self, Delete.self, Validate.self, Status.self]
        )
    }
}
