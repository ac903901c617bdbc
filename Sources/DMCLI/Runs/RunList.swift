import ArgumentParser
import DataMasque

extension DM.Run {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List recent masking runs, newest first.")

        @Option(name: .shortAndLong, help: "Only runs with this status, such as running or failed.")
        var status: String?

        @Option(
            name: .shortAndLong, parsing: .unconditional, help: "How many runs to show.",
            transform: { try WholeNumber.positive($0, option: "--limit") })
        var limit = 20

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let runs = try await terminal.withClient(profile: profile.profile) { client in
                try await CLIError.translating("Could not list runs") {
                    try await client.runs.page(status: status.map(MaskingRunStatus.init(rawValue:)), limit: limit).results
                }
            }
            terminal.render(
                TableOutput(
                    title: "Masking Runs", columns: ["id", "status", "ruleset", "source", "destination", "created"],
                    rows: runs.map(\.listRow)),
                json: output.json)
        }
    }
}
