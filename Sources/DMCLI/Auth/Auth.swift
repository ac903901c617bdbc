import ArgumentParser

extension DM {
    struct Auth: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "auth",
            abstract: "Save, choose and check login profiles.",
            discussion:
                "Profiles live in ~/.config/datamasque-cli/config.toml (or DM_CONFIG_FILE), readable by you only.",
            subcommands: [Login.self, Logout.self, Use.self, List.self, Status.self]
        )
    }
}
