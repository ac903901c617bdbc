import ArgumentParser
import DataMasque

extension DM.Discover {
    struct ConfigSnapshot: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config-snapshot",
            abstract: "Print or save the discovery config a run used (YAML).")

        @Argument(help: "The run id.")
        var runID: Int

        @Option(name: .shortAndLong, help: "Write the YAML to this file instead of standard output.")
        var output: String?

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let runID = runID
            let yaml = try await terminal.withClient(profile: profile.profile) { client in
                try await DM.Discover.readOutput("discovery config snapshot", of: runID, client: client) {
                    try await client.discovery.configSnapshot(runID: runID)
                }
            }
            try terminal.writeOrPrint(yaml, to: output, label: "Discovery config snapshot")
        }
    }
}
