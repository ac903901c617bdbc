import DataMasque

/// Waits for a masking run to end, polling its status and showing progress.
struct RunWaiter: Sendable {
    let runs: RunRequests
    let terminal: Terminal
    var interval: Duration
    var timeout: Duration?

    init(client: DataMasqueClient, terminal: Terminal, interval: Duration, timeout: Duration? = nil) {
        runs = RunRequests(client: client)
        self.terminal = terminal
        self.interval = interval
        self.timeout = timeout
    }

    init(client: DataMasqueClient, terminal: Terminal, options: RunWaitOptions) {
        self.init(client: client, terminal: terminal, interval: options.intervalDuration, timeout: options.timeoutDuration)
    }

    /// Polls run `id` until its status is final, and returns it with the time waited.
    ///
    /// The first check is immediate.
    /// - Throws: ``CLIError`` `error` when interrupted (Ctrl-C) or timed out, saying the run continues;
    ///   the errors of ``RunRequests/info(_:)``.
    func wait(for id: Int) async throws -> (run: RunRecord, elapsed: Duration) {
        do {
            return try await Interrupt.cancellingOnInterrupt { try await poll(id) }
        } catch is CancellationError {
            throw CLIError(
                .error, "Stopped waiting; run \(id) continues on the server.",
                hint: "Check it with `dm run status \(id)`, or stop it with `dm run cancel \(id)`.")
        }
    }

    private func poll(_ id: Int) async throws -> (run: RunRecord, elapsed: Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        var display = RunProgressDisplay(terminal: terminal, runID: id)
        defer { display.clear() }
        do {
            while true {
                let run = try await runs.info(id)
                if run.status.isFinal { return (run, start.duration(to: clock.now)) }
                let progress = await progress(of: id)
                let deadline = clock.now.advanced(by: interval)
                while clock.now < deadline {
                    let elapsed = start.duration(to: clock.now)
                    if let timeout, elapsed >= timeout {
                        throw CLIError(
                            .error, "Stopped waiting after \(ElapsedTime.text(elapsed)); run \(id) continues on the server.",
                            hint: "Check it with `dm run status \(id)`.")
                    }
                    display.show(status: run.status.rawValue, elapsed: elapsed, progress: progress)
                    try await Task.sleep(for: min(.seconds(1), clock.now.duration(to: deadline)))
                }
            }
        } catch where Task.isCancelled {
            throw CancellationError()
        }
    }

    /// What the log says is done, when someone will see it; `nil` when the log cannot be read.
    private func progress(of id: Int) async -> RunProgress? {
        guard terminal.standardError.isTerminal || terminal.mode == .human else { return nil }
        return (try? await runs.log(id)).flatMap(RunLogEntry.entries).map(RunProgress.init)
    }
}
