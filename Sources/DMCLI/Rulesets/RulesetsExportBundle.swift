import ArgumentParser
import DataMasque
import Foundation

extension DM.Rulesets {
    struct ExportBundle: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-bundle",
            abstract: "Save every ruleset, ruleset library and referenced seed file to a zip bundle.")

        @Option(name: .shortAndLong, help: "The zip file to write.")
        var output = "datamasque-bundle.zip"

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let data = try await terminal.withClient(profile: profile.profile) { client in
                try await CLIError.translating("Could not export the bundle", notFound: Self.unsupported) {
                    try await client.rulesets.exportBundle()
                }
            }
            try OutputFile(path: output).write(data)
            terminal.success("Saved the ruleset bundle to \(output).")
        }

        /// The error for an instance without the bundle endpoints.
        static let unsupported = CLIError(
            .notFound, "This DataMasque instance does not offer ruleset bundles (HTTP 404).",
            hint: "Bundles need DataMasque's bulk ruleset management.")
    }
}
