import ArgumentParser

extension DM {
    struct Rulesets: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rulesets",
            abstract: "Manage masking rulesets.",
            discussion: "A ruleset name is unique per type: the same name may exist once as database and once as file.",
            subcommands: [
                List.self, Get.self, Create.self, Delete.self, Validate.self, ExportBundle.self, ImportBundle.self,
                Status.self, Generate.self,
            ]
        )
    }
}
