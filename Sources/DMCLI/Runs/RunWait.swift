import ArgumentParser
import DataMasque

extension DM.Run {
    struct Wait: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "wait",
            abstract: "Wait for a masking run to end.",
            discussion: """
                Exits 0 when it finishes (with or without warnings), 1 when it fails or is cancelled.
                Ctrl-C stops waiting; the run continues on the server.
                """)

        @Argument(help: "The run id.")
        var runID: Int

        @OptionGroup var waiting: RunWaitOptions
        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let (run, elapsed) = try await terminal.withClient(profile: profile.profile) { client in
                try await terminal.waitForRun(runID, client: client, schedule: waiting.schedule)
            }
            try terminal.reportEnd(of: run, elapsed: elapsed, json: output.json)
        }
    }
}
