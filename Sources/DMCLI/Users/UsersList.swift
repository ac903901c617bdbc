import ArgumentParser
import DataMasque

extension DM.Users {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the active users with their email and roles.")

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let users = try await terminal.withClient(profile: profile.profile) { client in
                try await client.users.list()
            }
            terminal.render(
                TableOutput(title: "Users", columns: ["id", "username", "email", "roles"], rows: users.map(\.listRow)),
                json: output.json)
        }
    }
}
