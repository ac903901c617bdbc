import ArgumentParser
import DataMasque

extension DM.Run {
    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: "Ask DataMasque to stop a masking run.",
            discussion: "The run is cancelling until DataMasque stops it; follow it with `dm run wait`.")

        @Argument(help: "The run id.")
        var runID: Int

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            try await terminal.withClient(profile: profile.profile) { client in
                do {
                    _ = try await client.runs.cancel(id: runID)
                } catch let error as DataMasqueError where error.code == .runNotCancellable {
                    throw CLIError(
                        .conflict,
                        "Run \(runID) cannot be cancelled: \(error.serverMessage ?? "it is not queued or running").",
                        hint: "Check it with `dm run status \(runID)`.")
                } catch let error as DataMasqueError {
                    throw CLIError.prefixed(error, "Could not cancel run \(runID)", notFound: .runNotFound(runID))
                }
            }
            terminal.success("Cancellation of run \(runID) requested; it stops shortly.")
        }
    }
}
