import ArgumentParser
import DataMasque
import Foundation

extension DM.Auth {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show which credentials are in use and check that they log in.",
            discussion: "The environment's credentials when all three are set, else the active profile."
        )

        func run() async throws {
            let terminal = Terminal.current
            let credentials = try CredentialResolver(terminal: terminal).resolve(profile: nil)
            terminal.info("Profile: \(credentials.source)")
            terminal.info("URL: \(credentials.url)")
            terminal.info("Username: \(credentials.username)")
            do {
                let licence = try await terminal.withClient(credentials) { client in try await client.license.info() }
                terminal.success("Authenticated.")
                terminal.info("Licence: \(licence.uuid)")
                terminal.info("Expires: \(licence.expiryDate?.formatted(.iso8601) ?? "unknown")")
            } catch let error as CLIError {
                terminal.report(error)
            }
        }
    }
}
