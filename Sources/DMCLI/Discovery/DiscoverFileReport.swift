import ArgumentParser
import DataMasque
import Foundation

extension DM.Discover {
    struct FileReport: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "file-report",
            abstract: "Show or save what a file data discovery run found.")

        @Argument(help: "The run id.")
        var runID: Int

        @Option(name: .shortAndLong, help: "Write the full report as JSON to this file.")
        var output: String?

        @OptionGroup var profile: ProfileOption
        @OptionGroup var json: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let runID = runID
            let results = try await terminal.withClient(profile: profile.profile) { client in
                try await DM.Discover.readOutput("file discovery report", of: runID, client: client) {
                    try await client.discovery.fileResults(runID: runID)
                }
            }
            let full = OrderedJSON.array(results.map(OrderedJSON.init(encoding:)))
            if let output {
                try OutputFile(path: output).write(Data(full.rendered(pretty: true).utf8))
                return terminal.success("File discovery report written to \(output)")
            }
            if terminal.wantsJSON(json.json) { return terminal.printJSON(full) }
            terminal.render(
                TableOutput(
                    title: "File Discovery: Run \(runID)",
                    columns: ["id", "files", "locator", "matches", "data_types"],
                    rows: results.flatMap(\.rows)),
                json: false)
        }
    }
}
