import ArgumentParser

extension DM {
    struct Libraries: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "libraries",
            abstract: "Manage ruleset libraries, the YAML that rulesets import.",
            discussion: "A library is named by its namespace and name; -n/--namespace defaults to the default namespace.",
            subcommands: [List.self, Get.self, Create.self, Delete.self, Validate.self, Status.self, Usage.self]
        )
    }
}
