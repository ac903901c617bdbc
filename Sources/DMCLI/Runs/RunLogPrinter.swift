/// Prints a run log, and on later calls only what was added since.
///
/// For people, JSON logs print one line per entry; other text prints as it is.
/// In JSON mode the server's text is printed verbatim.
/// A log that shrank (rotated) resumes from its new end, so its first part is not shown again.
struct RunLogPrinter {
    let terminal: Terminal
    let json: Bool
    private var printedCharacters = 0
    private var printedEntries = 0

    init(terminal: Terminal, json: Bool) {
        self.terminal = terminal
        self.json = json
    }

    /// Prints the whole of `text` once, as `dm run logs` without `--follow` does.
    func printAll(_ text: String) {
        if json { return terminal.printData(text) }
        guard let entries = RunLogEntry.entries(in: text) else { return terminal.printData(text) }
        for entry in entries { terminal.printData(terminal.lines(for: entry).joined(separator: "\n")) }
    }

    /// Prints what `text`, the whole log now, adds to what was printed before.
    mutating func printNew(_ text: String) {
        if !json, let entries = RunLogEntry.entries(in: text) {
            if entries.count < printedEntries { printedEntries = entries.count }
            for entry in entries.dropFirst(printedEntries) {
                terminal.printData(terminal.lines(for: entry).joined(separator: "\n"))
            }
            printedEntries = entries.count
            return
        }
        if text.count < printedCharacters { printedCharacters = text.count }
        let chunk = String(text.dropFirst(printedCharacters))
        printedCharacters = text.count
        guard !chunk.isEmpty else { return }
        if json {
            terminal.standardOutput.write(terminal.secrets.scrub(chunk))
        } else {
            terminal.printData(chunk.hasSuffix("\n") ? String(chunk.dropLast()) : chunk)
        }
    }
}
