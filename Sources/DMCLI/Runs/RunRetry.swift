import ArgumentParser
import DataMasque
import Foundation

extension DM.Run {
    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
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
                return try await RunLaunch.start(
                    try Self.request(repeating: original), client: client, terminal: terminal,
                    waiting: launch.schedule,
                    announcement: { "Started run \($0), retrying run \(runID)." })
            }
            try started.report(in: terminal, json: output.json)
        }

        /// A request for a run like `original`, with a fresh name and only the options the client names,
        /// `run_secret` dropped so the server makes a new one.
        ///
        /// - Throws: ``CLIError`` `invalid_input` when the run has no source connection or ruleset id,
        ///   or its options do not have the types the client expects.
        static func request(repeating original: RunInfo) throws -> MaskingRunRequest {
            guard let source = original.sourceConnection.id, let ruleset = original.rulesetID else {
                throw CLIError(
                    .invalidInput, "Run \(original.id) has no source connection or ruleset, so it cannot be retried.")
            }
            let named = (original.options?.objectValue ?? [:]).filter { key, value in
                MaskingRunOptions.namedKeys.contains(key) && !value.isNull
            }
            var options: MaskingRunOptions
            do {
                options = try JSONDecoder().decode(MaskingRunOptions.self, from: JSONEncoder().encode(JSONValue.object(named)))
            } catch {
                throw CLIError(.invalidInput, "Run \(original.id)'s options cannot be reused: \(error).")
            }
            options.runSecret = nil
            let prefix = original.sourceConnection.name.isEmpty ? source : original.sourceConnection.name
            return MaskingRunRequest(
                connectionID: source, rulesetID: ruleset, maskType: original.maskType,
                destinationConnectionID: original.destinationConnection?.id, options: options,
                name: RunTargets.runName(prefix + "_retry"))
        }
    }
}
