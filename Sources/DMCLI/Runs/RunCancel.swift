import ArgumentParser

extension DM.Run {
    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask DataMasque to stop a masking run.",
            discussion: "The run is cancelling until DataMasque stops it; follow it with `dm run wait`.")

        @Argument(help: "The run id.")
        var runID: Int

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            try await terminal.withClient(profile: profile.profile) { client in
                try await RunRequests(client: client).cancel(runID)
            }
            terminal.success("Cancellation of run \(runID) requested; it stops shortly.")
        }
    }
}
