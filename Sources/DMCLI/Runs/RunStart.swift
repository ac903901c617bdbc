import ArgumentParser
import DataMasque

extension DM.Run {
    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract: "Start a masking run and wait for it to end.",
            discussion: """
                The run is named after the source connection and the UTC time.
                Exits 0 when it finishes (with or without warnings), 1 when it fails or is cancelled;
                with --background, exits once it has started.
                Ctrl-C stops waiting; the run continues on the server.
                """)

        @Option(name: .shortAndLong, help: "The source connection's name or id.")
        var connection: String

        @Option(name: .shortAndLong, help: "The ruleset's name or id; a name picks the source's type.")
        var ruleset: String

        @Option(name: .shortAndLong, help: "The destination connection's name or id (file masking).")
        var destination: String?

        @Option(help: "A run option as key=value, such as batch_size=1000 or dry_run=true; repeatable.")
        var options: [String] = []

        @OptionGroup var launch: RunLaunchOptions
        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let started = try await terminal.withClient(profile: profile.profile) { client in
                let targets = try await RunTargets(client: client)
                let source = try targets.connection(connection)
                let ruleset = try targets.ruleset(ruleset, type: source.maskKind)
                let destination = try destination.map(targets.connection)
                let request = try RunTargets.request(
                    source: source, ruleset: ruleset, destination: destination,
                    options: try RunOptionsParser.parse(options), name: RunTargets.runName(source.name))
                return try await RunLaunch.start(
                    request, client: client, terminal: terminal, waiting: launch.schedule,
                    announcement: { "Started run \($0) (\(request.name ?? ""))." })
            }
            try started.report(in: terminal, json: output.json, context: " (ruleset: \(ruleset), connection: \(connection))")
        }
    }
}
