import ArgumentParser
import DataMasque
import Foundation

extension DM.Auth {
    struct Login: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "login",
            abstract: "Save credentials to a profile, make it active and check them.",
            discussion: """
                Asks for the URL, username and password unless --url, --username and --password-stdin give them.
                A failed check is reported, but the credentials stay saved.
                """
        )

        @Option(help: "The profile to save to.")
        var profile = "default"

        @Flag(help: "Do not verify TLS certificates (for a self-signed certificate).")
        var insecure = false

        @Option(help: "The instance URL, such as https://datamasque.example.com; asked for when omitted.")
        var url: String?

        @Option(help: "The username; asked for when omitted.")
        var username: String?

        @Flag(help: "Read the password from the first line of standard input instead of asking.")
        var passwordStdin = false

        @Option(help: "A Snowflake PAT for an instance on Snowpark Container Services.")
        var spcsPat: String?

        @Flag(help: "Read the Snowflake PAT from standard input (after the password with --password-stdin).")
        var spcsPatStdin = false

        func validate() throws {
            if spcsPat != nil && spcsPatStdin {
                throw ValidationError("Give --spcs-pat or --spcs-pat-stdin, not both.")
            }
        }

        func run() async throws {
            let terminal = Terminal.current
            let url = CredentialResolver.trimmingSlashes(try ask(url, "URL", in: terminal))
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
                throw CLIError(.invalidInput, "The URL must start with http:// or https://, got '\(url)'.")
            }
            do {
                _ = try DataMasqueClient.Configuration.baseURL(url)
            } catch let error as DataMasqueError {
                throw CLIError(.invalidInput, "The URL is unusable: \(error.message)")
            }
            var profile = Profile(url: url, verifySSL: !insecure)
            profile.username = try ask(username, "Username", in: terminal)
            profile.password = try read("Password", fromStandardInput: passwordStdin, in: terminal)
            profile.spcsPAT =
                try spcsPat ?? (spcsPatStdin ? read("SPCS PAT", fromStandardInput: true, in: terminal) : nil)
            terminal.secrets.add(profile.spcsPAT)

            try ConfigFile(for: terminal).update { configuration in
                configuration.set(profile, named: self.profile)
                configuration.activeProfile = self.profile
            }
            terminal.success("Saved credentials to profile '\(self.profile)'.")

            terminal.info("Checking the credentials…")
            do {
                let credentials = try CredentialResolver(terminal: terminal).resolve(profile: self.profile)
                try await terminal.withClient(credentials) { _ in }
                terminal.success("Logged in to \(credentials.url) as \(credentials.username).")
            } catch let error as CLIError {
                terminal.report(error)
            }
        }

        private func ask(_ given: String?, _ question: String, in terminal: Terminal) throws -> String {
            if let given { return given }
            guard let answer = terminal.prompt(question) else { throw CLIError(.error, "Aborted.") }
            return answer.trimmingCharacters(in: .whitespaces)
        }

        private func read(_ question: String, fromStandardInput: Bool, in terminal: Terminal) throws -> String {
            let answer = fromStandardInput ? terminal.standardInput.readLine() : terminal.prompt(question, hidden: true)
            guard let answer, !answer.isEmpty else {
                throw CLIError(.invalidInput, "No \(question.lowercased()) was given.")
            }
            return answer
        }
    }
}
