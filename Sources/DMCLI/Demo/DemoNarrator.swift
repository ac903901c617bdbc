/// Tells the story of `dm demo` on standard output: numbered steps, the `dm` command that does the same, results.
struct DemoNarrator {
    let terminal: Terminal
    let stepCount: Int

    /// Starts step `step` with a bold heading.
    func begin(_ step: Int, _ title: String) {
        terminal.printData("")
        terminal.printData(terminal.styled("[\(step)/\(stepCount)] \(title)", .boldCyan, on: terminal.standardOutput))
    }

    /// The `dm` command line that does the same against any instance.
    func command(_ line: String) {
        terminal.printData(terminal.styled("      $ \(line)", .dim, on: terminal.standardOutput))
    }

    /// A result or explanation, indented under the step.
    func say(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            terminal.printData(line.isEmpty ? "" : "      \(line)")
        }
    }

    /// A line marking something that worked.
    func done(_ text: String) {
        terminal.printData("      " + terminal.styled("✓ \(text)", .green, on: terminal.standardOutput))
    }
}
