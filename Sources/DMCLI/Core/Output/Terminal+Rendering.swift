import Foundation

extension Terminal {
    /// The output mode for this invocation.
    var mode: OutputMode { OutputMode(self) }

    /// The width tables fold to: `COLUMNS`, else the terminal's width, else 80.
    var width: Int {
        if let columns = variable("COLUMNS").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), columns > 0 {
            return columns
        }
        return standardOutput.width ?? 80
    }

    /// Whether a command prints JSON: when asked with `--json`, or in agent mode.
    func wantsJSON(_ flag: Bool) -> Bool {
        flag || mode == .agent
    }

    /// Prints a list as JSON or as a table; an empty list in human form prints "No results." on standard error.
    func render(_ table: TableOutput, json: Bool) {
        if wantsJSON(json) { return printJSON(table.json) }
        guard !table.rows.isEmpty else { return info("No results.") }
        printTable(table)
    }

    /// Prints a table whatever the mode.
    func printTable(_ table: TableOutput) {
        let layout = TableLayout(
            title: table.title,
            headers: table.columns,
            cells: table.rows.map { $0.map(\.cellText) },
            width: width,
            styleHeader: { styled($0, .boldCyan, on: standardOutput) }
        )
        printData(layout.lines().joined(separator: "\n"))
    }

    /// Prints one result as a JSON object or as a key/value grid;
    /// an empty one in human form prints "No results." on standard error.
    func render(_ detail: DetailOutput, json: Bool) {
        if wantsJSON(json) { return printJSON(detail.json) }
        guard !detail.fields.isEmpty else { return info("No results.") }
        let layout = DetailLayout(
            title: detail.title,
            pairs: detail.fields.map { ($0.key, $0.value.cellText) },
            width: width,
            styleKey: { styled($0, .bold, on: standardOutput) }
        )
        printData(layout.lines().joined(separator: "\n"))
    }

    /// Prints a value as pretty JSON on standard output.
    func printJSON(_ value: OrderedJSON) {
        printData(value.rendered(pretty: true))
    }
}
