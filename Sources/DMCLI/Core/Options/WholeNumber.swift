import ArgumentParser

/// Whole numbers given as option values, checked against a range
/// with a message that says what the option takes.
///
/// An option that takes one parses its value unconditionally (`parsing: .unconditional`),
/// so that `--limit -5` reads `-5` as the value, and refuses it, rather than as another option.
enum WholeNumber {
    /// `text` as a TCP port: `1...65535`, or `0...65535` when `allowingZero` (`0` picks a free port).
    ///
    /// - Throws: ``CLIError`` `invalid_input`, such as "--port must be a port number between 1 and 65535."
    static func port(_ text: String, option: String = "--port", allowingZero: Bool = false) throws -> Int {
        let lowest = allowingZero ? 0 : 1
        return try parse(text, option: option, in: lowest...65535, "a port number between \(lowest) and 65535")
    }

    /// `text` as a whole number of at least 1.
    ///
    /// - Throws: ``CLIError`` `invalid_input`, such as "--limit must be a positive whole number."
    static func positive(_ text: String, option: String) throws -> Int {
        try parse(text, option: option, in: 1...Int.max, "a positive whole number")
    }

    private static func parse(_ text: String, option: String, in range: ClosedRange<Int>, _ meaning: String) throws
        -> Int
    {
        guard let number = Int(text), range.contains(number) else {
            throw CLIError(.invalidInput, "\(option) must be \(meaning).")
        }
        return number
    }
}
