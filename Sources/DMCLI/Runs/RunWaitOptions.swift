import ArgumentParser

/// `--interval` and `--timeout`: how often to check a run while waiting, and how long to wait at most.
struct RunWaitOptions: ParsableArguments {
    @Option(help: "Seconds between status checks while waiting.")
    var interval: Double = 5

    @Option(help: "Stop waiting after this many seconds (the run continues on the server).")
    var timeout: Double?

    /// ``interval`` as a duration.
    var intervalDuration: Duration { .seconds(interval) }

    /// ``timeout`` as a duration.
    var timeoutDuration: Duration? { timeout.map { .seconds($0) } }

    func validate() throws {
        guard interval > 0 else { throw ValidationError("--interval must be more than 0 seconds.") }
        if let timeout, timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds.") }
    }
}
