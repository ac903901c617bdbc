extension CLIError {
    /// The agent-mode envelope: one line of compact JSON, details folded into the message.
    var envelope: String {
        let text = details.isEmpty ? message : "\(message): \(details.joined(separator: "; "))"
        var fields = [OrderedJSON.Field("code", .string(code.rawValue)), OrderedJSON.Field("message", .string(text))]
        if let hint { fields.append(OrderedJSON.Field("hint", .string(hint))) }
        return OrderedJSON.object([OrderedJSON.Field("error", .object(fields))]).rendered(pretty: false)
    }

    /// The human form: `Error: message`, each detail indented two spaces, then `Hint: …`.
    func humanLines(in terminal: Terminal) -> [String] {
        let output = terminal.standardError
        var lines = [terminal.styled("Error:", .red, on: output) + " " + message + (details.isEmpty ? "" : ":")]
        lines += details.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 } }
        if let hint { lines.append(terminal.styled("Hint: \(hint)", .dim, on: output)) }
        return lines
    }
}

extension Terminal {
    /// Reports `error` on standard error: as the JSON envelope in agent mode, else in human form.
    func report(_ error: CLIError) {
        printMessage(mode == .agent ? error.envelope : error.humanLines(in: self).joined(separator: "\n"))
    }
}
