import ArgumentParser
import DataMasque
import Foundation

extension DM.Run {
    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retry",
            abstract: "Start a masking run again with the same connections, ruleset and options.",
            discussion: "A run secret is not reused. Waits for the new run as `dm run start` does.")

        @Argument(help: "The id of the run to repeat.")
        var runID: Int

        @OptionGroup var launch: RunLaunchOptions
        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let started = try await terminal.withClient(profile: profile.profile) { client in
                let original = try await CLIError.translating("Could not read run \(runID)", notFound: .runNotFound(runID)) {
                    try await client.runs.get(id: runID)
                }
                let request: MaskingRunRequest
                do {
                    let prefix = original.sourceConnection.name.isEmpty
                        ? original.sourceConnection.id ?? "" : original.sourceConnection.name
                    request = try MaskingRunRequest(repeating: original, name: RunTargets.runName(prefix + "_retry"))
                } catch let error as DataMasqueError {
                    throw CLIError(.invalidInput, error.message)
                }
                return try await RunLaunch.start(
                    request, client: client, terminal: terminal,
                    waiting: launch.schedule,
                    announcement: { "Started run \($0), retrying run \(runID)." })
            }
            try started.report(in: terminal, json: output.json)
        }
    }
}
