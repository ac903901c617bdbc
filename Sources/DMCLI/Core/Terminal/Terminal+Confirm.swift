import ArgumentParser

extension Terminal {
    /// Asks `question` with `[y/N]` unless `yes` is set.
    ///
    /// Accepts `y`, `yes`, `n` and `no` in any case; an empty answer means no; anything else asks again.
    /// - Throws: ``CLIError`` `cancelled` ("Cancelled.") on no;
    ///   `ExitCode(1)` after "Aborted." at the end of input.
    func confirm(_ question: String, yes: Bool) throws {
        guard !yes else { return }
        while true {
            guard let answer = prompt("\(question) [y/N]") else {
                printMessage("Aborted.")
                throw ExitCode(1)
            }
            switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
            case "y", "yes": return
            case "", "n", "no": throw CLIError(.cancelled, "Cancelled.")
            default: continue
            }
        }
    }
}
