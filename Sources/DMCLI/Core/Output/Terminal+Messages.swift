extension Terminal {
    /// A green line on standard error saying something worked; silent in agent mode.
    func success(_ text: String) {
        guard mode == .human else { return }
        printMessage(styled(text, .green, on: standardError))
    }

    /// A dim line on standard error with background information; silent in agent mode.
    func info(_ text: String) {
        guard mode == .human else { return }
        printMessage(styled(text, .dim, on: standardError))
    }

    /// A `Warning:` line on standard error, printed in every mode.
    func warning(_ text: String) {
        printMessage(styled("Warning:", .yellow, on: standardError) + " " + text)
    }

    /// Asks a question on standard error and reads the answer; `nil` at the end of input.
    func prompt(_ question: String, hidden: Bool = false) -> String? {
        standardError.write(question + ": ")
        return standardInput.readLine(hidden: hidden)
    }
}
