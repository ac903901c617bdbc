/// A destination for text, such as standard output or a test's buffer.
package struct TextOutput: Sendable {
    /// Whether the destination is an interactive terminal, which decides colours and agent mode.
    package var isTerminal: Bool
    /// The width of the terminal in columns, when known.
    package var width: Int?
    private let sink: @Sendable (String) -> Void

    /// Creates a destination that passes each piece of text to `sink`.
    package init(isTerminal: Bool = false, width: Int? = nil, _ sink: @escaping @Sendable (String) -> Void) {
        self.isTerminal = isTerminal
        self.width = width
        self.sink = sink
    }

    /// Writes `text` as it is.
    package func write(_ text: String) {
        sink(text)
    }
}
