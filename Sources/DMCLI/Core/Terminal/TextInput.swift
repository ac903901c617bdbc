/// A source of answers to prompts, such as standard input or a test's script.
package struct TextInput: Sendable {
    /// Whether the source is an interactive terminal.
    package var isTerminal: Bool
    private let readLineHandler: @Sendable (_ hidden: Bool) -> String?

    /// Creates a source that calls `readLine` for each line;
    /// its argument says whether the typed text should be hidden.
    package init(isTerminal: Bool = false, readLine: @escaping @Sendable (_ hidden: Bool) -> String?) {
        self.isTerminal = isTerminal
        self.readLineHandler = readLine
    }

    /// Reads one line without its line break; `nil` at the end of input.
    package func readLine(hidden: Bool = false) -> String? {
        readLineHandler(hidden)
    }
}
