import ArgumentParser
import DataMasque

extension DM.System {
    struct AdminInstall: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "admin-install",
            abstract: "Create the first administrator on a new instance.",
            discussion: """
                Does not log in and needs only a URL: --profile's, else DATAMASQUE_URL, else the active profile's.
                Asks for the password (hidden) when --password is omitted. Does not save a profile.
                """
        )

        @Option(help: "The administrator's email address.")
        var email: String

        @Option(help: "The administrator's username.")
        var username = "admin"

        @Option(help: "The administrator's password; asked for when omitted.")
        var password: String?

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let password = try password ?? askPassword(in: terminal)
            try await terminal.withAnonymousClient(profile: profile.profile) { client, _ in
                do {
                    try await client.settings.adminInstall(email: email, username: username, password: password)
                } catch let error as DataMasqueError where error.status == 401 {
                    throw CLIError(
                        .conflict, "Admin installation is already complete on this instance.",
                        hint: "Log in with `dm auth login`.")
                } catch let error as DataMasqueError {
                    throw CLIError.prefixed(error, "Admin install failed")
                }
            }
            terminal.success("Created the administrator '\(username)'.")
        }

        private func askPassword(in terminal: Terminal) throws -> String {
            guard let answer = terminal.prompt("Password", hidden: true) else {
                terminal.printMessage("Aborted.")
                throw ExitCode(1)
            }
            guard !answer.isEmpty else { throw CLIError(.invalidInput, "No password was given.") }
            return answer
        }
    }
}
