import ArgumentParser

extension DM {
    struct Users: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "users",
            abstract: "List, create and delete users, and reset their passwords.",
            discussion: "Needs an administrator's credentials.",
            subcommands: [List.self, Create.self, Delete.self, ResetPassword.self]
        )
    }
}
