import ArgumentParser

extension DM.Discover {
    struct Libraries: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "libraries",
            abstract: "Manage discovery config libraries, the YAML that discovery configs import.",
            discussion: "A library is named by its namespace and name; -n/--namespace defaults to the default namespace.",
            subcommands: [List.self, Get.self, Create.self, Delete.self, Validate.self, Status.self]
        )
    }
}
