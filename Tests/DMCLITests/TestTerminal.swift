@testable import DMCLI

/// A terminal for unit tests: the given environment, captured output, no input.
struct TestTerminal {
    let stdout = TextBuffer()
    let stderr = TextBuffer()
    let terminal: Terminal

    init(
        _ environment: [String: String] = ["DM_OUTPUT": "table"], outputIsTerminal: Bool = false, colours: Bool = false
    ) {
        let (stdout, stderr) = (stdout, stderr)
        terminal = Terminal(
            environment: environment,
            standardOutput: TextOutput(isTerminal: outputIsTerminal || colours) { stdout.append($0) },
            standardError: TextOutput(isTerminal: colours) { stderr.append($0) },
            standardInput: TextInput { _ in nil })
    }
}
