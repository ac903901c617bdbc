import ArgumentParser
import DataMasque

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
                let original = try await RunRequests(client: client).info(runID)
                return try await RunLaunch.start(
                    try Self.body(repeating: original), client: client, terminal: terminal,
                    waiter: launch.waiter(client: client, terminal: terminal),
                    announcement: { "Started run \($0), retrying run \(runID)." })
            }
            try started.report(in: terminal, json: output.json)
        }

        /// The start body of a run like `original`, with a fresh name and only known options, `run_secret` dropped.
        static func body(repeating original: RunRecord) throws -> JSONValue {
            guard let source = original.sourceID, let ruleset = original.rulesetID else {
                throw CLIError(
                    .invalidInput, "Run \(original.id) has no source connection or ruleset, so it cannot be retried.")
            }
            let options = original.options.filter { key, value in
                RunOptionsParser.known[key] != nil && key != "run_secret" && !value.isNull
            }
            var body: [String: JSONValue] = [
                "connection": .string(source), "ruleset": .string(ruleset), "mask_type": .string(original.maskType),
                "options": .object(options), "name": .string(RunTargets.runName((original.sourceName ?? source) + "_retry")),
            ]
            if let destination = original.destinationID { body["destination_connection"] = .string(destination) }
            return .object(body)
        }
    }
}
