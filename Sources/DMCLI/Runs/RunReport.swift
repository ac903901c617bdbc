import ArgumentParser
import Foundation

extension DM.Run {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print or save the CSV report of an ended file masking run.")

        @Argument(help: "The run id.")
        var runID: Int

        @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
        var output: String?

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let report = try await terminal.withClient(profile: profile.profile) { client in
                try await RunRequests(client: client).report(runID)
            }
            guard let output else { return terminal.printData(report) }
            try OutputFile(path: output).write(Data(report.utf8))
            terminal.success("Saved the report of run \(runID) to \(output).")
        }
    }
}
