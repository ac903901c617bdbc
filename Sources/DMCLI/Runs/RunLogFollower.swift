import DataMasque

/// Prints a run's log as it grows until the run ends, as `dm run logs --follow` does.
struct RunLogFollower: Sendable {
    let runs: RunRequests
    let terminal: Terminal
    let interval: Duration
    let json: Bool

    /// Follows run `id`'s log: checks the status, prints what is new, stops once the status was final, else sleeps.
    ///
    /// Reading the log after the status means the last lines of an ended run are always printed.
    ///
    /// - Throws: ``CLIError`` `error` when interrupted (Ctrl-C), saying the run continues;
    ///   the errors of ``RunRequests``.
    func follow(_ id: Int) async throws {
        do {
            try await Interrupt.cancellingOnInterrupt { try await poll(id) }
        } catch is CancellationError {
            throw CLIError(
                .error, "Stopped following the log; run \(id) continues on the server.",
                hint: "Check it with `dm run status \(id)`.")
        }
    }

    private func poll(_ id: Int) async throws {
        var printer = RunLogPrinter(terminal: terminal, json: json)
        do {
            while true {
                let ended = try await runs.info(id).status.isFinal
                printer.printNew(try await runs.log(id))
                if ended { return }
                try await Task.sleep(for: interval)
            }
        } catch where Task.isCancelled {
            throw CancellationError()
        }
    }
}
