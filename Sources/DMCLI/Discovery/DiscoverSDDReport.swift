import ArgumentParser
import DataMasque

extension DM.Discover {
    struct SDDReport: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sdd-report",
            abstract: "Print or save a run's sensitive data discovery report (CSV).")

        @Argument(help: "The run id.")
        var runID: Int

        @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
        var output: String?

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let runID = runID
            let report = try await terminal.withClient(profile: profile.profile) { client in
                try await DM.Discover.readOutput("sensitive data discovery report", of: runID, client: client) {
                    try await client.runs.sddReport(id: runID)
                }
            }
            try terminal.writeOrPrint(report, to: output, label: "SDD report")
        }
    }
}
