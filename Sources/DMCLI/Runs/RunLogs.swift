import ArgumentParser

extension DM.Run {
    struct Logs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a masking run's log.",
            discussion: "With --follow, keeps printing new lines until the run ends; Ctrl-C stops following.")

        @Argument(help: "The run id.")
        var runID: Int

        @Flag(name: .shortAndLong, help: "Keep printing new log lines until the run ends.")
        var follow = false

        @Option(help: "Seconds between checks with --follow.")
        var interval: Double = 5

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func validate() throws {
            guard interval > 0 else { throw ValidationError("--interval must be more than 0 seconds.") }
        }

        func run() async throws {
            let terminal = Terminal.current
            let json = terminal.wantsJSON(output.json)
            let (follow, interval) = (follow, Duration.milliseconds(Int64(interval * 1000)))
            try await terminal.withClient(profile: profile.profile) { client in
                let runs = RunRequests(client: client)
                guard follow else {
                    return RunLogPrinter(terminal: terminal, json: json).printAll(try await runs.log(runID))
                }
                try await RunLogFollower(runs: runs, terminal: terminal, interval: interval, json: json).follow(runID)
            }
        }
    }
}
