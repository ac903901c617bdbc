import ArgumentParser
import DataMasque

extension DM.Run {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Show a masking run's status.")

        @Argument(help: "The run id.")
        var runID: Int

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let run = try await terminal.withClient(profile: profile.profile) { client in
                try await CLIError.translating("Could not read run \(runID)", notFound: .runNotFound(runID)) {
                    try await client.runs.get(id: runID)
                }
            }
            terminal.render(run.detail, json: output.json)
        }
    }
}
