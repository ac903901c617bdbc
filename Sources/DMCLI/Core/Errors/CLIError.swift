/// A failure that stops a command with a message, optional detail lines and hint, and an exit status.
struct CLIError: Error, Sendable, Equatable {
    /// The kind of failure, which sets the exit status.
    var code: ErrorCode
    /// One sentence saying what went wrong.
    var message: String
    /// Further lines, such as validation errors.
    var details: [String]
    /// What to do about it, if there is advice.
    var hint: String?

    init(_ code: ErrorCode, _ message: String, details: [String] = [], hint: String? = nil) {
        self.code = code
        self.message = message
        self.details = details
        self.hint = hint
    }
}

extension CLIError: CustomStringConvertible {
    /// The message, as the argument parser shows an option value's error.
    var description: String { message }
}
