/// A terminal text style, written as ANSI escape codes.
enum TextStyle: String {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case boldCyan = "1;36"
    case purple = "35"

    /// `text` in this style.
    func apply(_ text: String) -> String {
        "\u{1B}[\(rawValue)m\(text)\u{1B}[0m"
    }
}

extension Terminal {
    /// Whether to colour what is written to `output`:
    /// only on a terminal, and never when `NO_COLOR` is set or `TERM` is `dumb`.
    func usesColour(on output: TextOutput) -> Bool {
        output.isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// `text` styled when `output` shows colours, otherwise unchanged.
    func styled(_ text: String, _ style: TextStyle, on output: TextOutput) -> String {
        usesColour(on: output) ? style.apply(text) : text
    }
}
