import ArgumentParser
import DataMasque
import Foundation

extension DM.Discover {
    struct DBReport: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db-report",
            abstract: "Print or save a schema discovery run's database discovery report.",
            discussion: """
                A report too large for one CSV arrives as a zip of numbered CSV parts; \
                that needs -o, and is saved with a .zip extension.
                """)

        @Argument(help: "The run id.")
        var runID: Int

        @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
        var output: String?

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let runID = runID
            let report = try await terminal.withClient(profile: profile.profile) { client in
                try await DM.Discover.readOutput("database discovery report", of: runID, client: client) {
                    try await client.discovery.dbReport(runID: runID)
                }
            }
            switch report {
            case .csv(let text):
                try terminal.writeOrPrint(text, to: output, label: "Database discovery report")
            case .splitArchive(let zip):
                guard let output else {
                    throw CLIError(
                        .invalidInput, "This report was split into a zip and can't be written to stdout.",
                        hint: "Re-run with -o <path>.zip (e.g. -o discovery_report_\(runID).zip).")
                }
                let target = output.lowercased().hasSuffix(".zip") ? output : output + ".zip"
                try OutputFile(path: target).write(zip)
                terminal.success("Database discovery report (split, zip) written to \(target)")
            }
        }
    }
}
