import ArgumentParser
import DataMasque

extension DM.Users {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a user with a temporary password, which is printed.",
            discussion: """
                Roles: admin (or superuser), mask_builder, mask_runner, ruleset_library_managers \
                (with mask_builder). Repeat --role for several.
                The user must change the temporary password at first login.
                With --json or in agent mode, prints {id, username, email, roles, temporary_password}.
                """
        )

        @Option(help: "The new user's username.")
        var username: String

        @Option(help: "The new user's email address.")
        var email: String

        @Option(name: .customLong("role"), help: "A role to grant; repeat for several.")
        var roles: [String]

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let roles = try roles.map(UserRole.init(argument:))
            try UserRole.validate(roles)
            let user = try await terminal.withClient(profile: profile.profile) { client in
                try await CLIError.translating("Could not create user '\(username)'") {
                    try await client.users.create(User(username: username, email: email, roles: roles))
                }
            }
            let password = user.password ?? ""
            if terminal.wantsJSON(output.json) {
                terminal.printJSON(
                    .object([
                        .init("id", user.id.map(OrderedJSON.int) ?? .null), .init("username", .string(user.username)),
                        .init("email", .string(user.email)),
                        .init("roles", .array(user.roles.map { .string($0.rawValue) })),
                        .init("temporary_password", .string(password)),
                    ]))
            }
            terminal.success("User '\(username)' created. Temporary password: \(password)")
        }
    }
}
