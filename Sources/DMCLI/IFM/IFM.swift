import ArgumentParser

extension DM {
    struct IFM: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ifm",
            abstract: "Manage in-flight masking (IFM) ruleset plans and mask records with them.",
            discussion: """
                The IFM service is reached at the profile's URL followed by /ifm, \
                with a JWT the admin server issues for the profile's user.
                """,
            subcommands: [List.self, Get.self, Create.self, Update.self, Delete.self, Mask.self, VerifyToken.self]
        )
    }
}
