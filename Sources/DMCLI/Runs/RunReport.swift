import ArgumentParser
import DataMasque
import Foundation

extension DM.Run {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "report", abstract: "Print or save the CSV report of an ended file masking run.")

        @Argument(help: "The run id.")
        var runID: Int

        @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
        var output: String?

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let report = try await terminal.withClient(profile: profile.profile) { client in
                try await CLIError.translating("Could not read the report of run \(runID)", notFound: Self.missing(runID)) {
                    try await client.runs.report(id: runID)
                }
            }
            guard let output else { return terminal.printData(report) }
            try OutputFile(path: output).write(Data(report.utf8))
            terminal.success("Saved the report of run \(runID) to \(output).")
        }

        /// `not_found` for a run without a report.
        static func missing(_ id: Int) -> CLIError {
            CLIError(
                .notFound, "No report available for run \(id).",
                hint: "Reports exist once a run has ended; check it with `dm run status \(id)`.")
        }
    }
}
