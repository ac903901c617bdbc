import ArgumentParser
import DataMasque

extension DM.Discover {
    struct SchemaResults: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema-results",
            abstract: "List the columns a schema discovery run found.")

        @Argument(help: "The run id.")
        var runID: Int

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let runID = runID
            let results = try await terminal.withClient(profile: profile.profile) { client in
                try await DM.Discover.readOutput(
                    "schema discovery results", of: runID, client: client,
                    failure: "Failed to list schema discovery results for run \(runID)"
                ) {
                    try await client.discovery.schemaResults(runID: runID)
                }
            }
            let table = TableOutput(
                title: "Schema Discovery: Run \(runID)",
                columns: ["id", "schema", "table", "column", "data_type", "matches", "constraint", "safe_data_preview"],
                rows: results.map(\.row))
            if terminal.wantsJSON(output.json) { return terminal.printJSON(table.json) }
            terminal.render(
                TableOutput(title: table.title, columns: Array(table.columns.dropLast()), rows: table.rows.map { Array($0.dropLast()) }),
                json: false)
            if results.contains(where: { $0.data.safeDataPreview != nil }) {
                terminal.info("Safe Data Preview results are not shown in the table. Use --json to view them.")
            }
        }
    }
}
