import ArgumentParser
import DataMasque

extension DM.Run {
    struct Logs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "logs",
            abstract: "Print a masking run's log.",
            discussion: """
                With --follow, keeps printing new lines until the run ends; Ctrl-C stops following.
                In JSON mode the log prints as the server sends it; new lines while following print as one JSON object each.
                """)

        @Argument(help: "The run id.")
        var runID: Int

        @Flag(name: .shortAndLong, help: "Keep printing new log lines until the run ends.")
        var follow = false

        @Option(help: "Seconds between checks with --follow (at most 3600).")
        var interval: Double = 5

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func validate() throws {
            try RunWaitOptions.check(interval, "--interval", atMost: RunWaitOptions.longestInterval)
        }

        func run() async throws {
            let terminal = Terminal.current
            let printer = RunLogPrinter(terminal: terminal, json: terminal.wantsJSON(output.json))
            let (runID, follow, interval) = (runID, follow, Duration.seconds(interval))
            try await terminal.withClient(profile: profile.profile) { client in
                try await CLIError.translating("Could not read the log of run \(runID)", notFound: .runNotFound(runID)) {
                    guard follow else { return try await printer.printLog(of: runID, client: client) }
                    try await printer.follow(runID, client: client, interval: interval)
                }
            }
        }
    }
}
