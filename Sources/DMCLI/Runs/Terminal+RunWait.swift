import DataMasque

extension Terminal {
    /// Waits for run `id` to end with the client's `wait`, showing its status and progress meanwhile.
    ///
    /// The first check is immediate.
    /// - Returns: The ended run and the time waited.
    /// - Throws: ``CLIError`` `error` when interrupted (Ctrl-C) or timed out, saying the run continues;
    ///   `not_found` for an unknown run.
    func waitForRun(
        _ id: RunID,
        client: DataMasqueClient,
        schedule: RunWaitSchedule
    ) async throws -> (run: RunInfo, elapsed: Duration) {
        let display = RunProgressDisplay(terminal: self, runID: id)
        let showsProgress = standardError.isTerminal || mode == .human
        do {
            let run = try await Interrupt.cancellingOnInterrupt {
                do {
                    return try await display.ticking {
                        try await client.runs.wait(
                            id: id, pollInterval: schedule.interval, timeout: schedule.timeout
                        ) { run in
                            await display.markSeen()
                            let entries = showsProgress ? (try? await client.runs.logEntries(id: id)) : nil
                            await display.show(status: run.status.rawValue, progress: entries.map(RunProgress.init))
                        }
                    }
                } catch where Task.isCancelled {
                    throw CancellationError()
                }
            }
            await display.markSeen()
            await display.clear()
            let elapsed = await display.elapsed
            return (run, elapsed)
        } catch let error as DataMasqueError where error.code == .timeout {
            await display.clear()
            let elapsed = await display.elapsed
            throw CLIError(
                .error,
                "Stopped waiting after \(ElapsedTime.text(elapsed)); run \(id) continues on the server.",
                hint: "Check it with `dm run status \(id)`.")
        } catch let error as DataMasqueError {
            await display.clear()
            throw CLIError.prefixed(error, "Could not read run \(id)", notFound: .runNotFound(id))
        } catch is CancellationError {
            await display.clear()
            throw CLIError(
                .error, "Stopped waiting; run \(id) continues on the server.",
                hint: "Check it with `dm run status \(id)`, or stop it with `dm run cancel \(id)`.")
        }
    }
}
