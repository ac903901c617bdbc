extension Terminal {
    /// Everything left on standard input, each line ending in a line break; `""` when there is nothing.
    func readStandardInputText() -> String {
        var text = ""
        while let line = standardInput.readLine() { text += line + "\n" }
        return text
    }
}
