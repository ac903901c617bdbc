extension DataMasqueClient.Runs {
    /// The run's record each time its status changes, until it ends.
    ///
    /// ```swift
    /// for try await run in client.runs.statusChanges(id: id) {
    ///     print(run.status)
    /// }
    /// ```
    ///
    /// Polling happens as you iterate; cancelling the task stops it.
    ///
    /// - Parameters:
    ///   - id: The run's id.
    ///   - pollInterval: The time between requests.
    ///   - timeout: How long to follow the run in all, from the start of iteration.
    public func statusChanges(
        id: RunID,
        pollInterval: Duration = .seconds(5),
        timeout: Duration = .seconds(3600)
    ) -> RunStatusChanges {
        RunStatusChanges(target: RunPollTarget(runs: self, id: id, pollInterval: pollInterval, timeout: timeout))
    }

    /// Waits for the run to end, whatever the outcome.
    ///
    /// ```swift
    /// let run = try await client.runs.wait(id: id, timeout: .seconds(7200))
    /// guard run.status.isSuccessful else { throw MyError.runFailed(run.status) }
    /// ```
    ///
    /// - Parameters:
    ///   - id: The run's id.
    ///   - pollInterval: The time between requests.
    ///   - timeout: How long to wait in all.
    ///   - onPoll: Called with the run after each request that finds it not yet ended,
    ///     for showing progress; an error it throws stops the wait.
    /// - Returns: The run in its final status: finished, finished with warnings, failed or cancelled.
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/timeout`` when the run outlasts `timeout`;
    ///   `CancellationError` when the task is cancelled. The run itself carries on either way.
    public func wait(
        id: RunID,
        pollInterval: Duration = .seconds(5),
        timeout: Duration = .seconds(3600),
        onPoll: @Sendable (RunInfo) async throws -> Void = { _ in }
    ) async throws -> RunInfo {
        let schedule = PollSchedule(interval: pollInterval, timeout: timeout, subject: "run \(id) to end")
        return try await schedule.poll(
            { () async throws -> RunInfo in
                let run = try await get(id: id)
                if !run.status.isFinal { try await onPoll(run) }
                return run
            },
            until: { $0.status.isFinal })
    }

    /// The run's log entries as they are written, until the run ends.
    ///
    /// ```swift
    /// for try await entry in client.runs.followLog(id: id) {
    ///     print(entry)
    /// }
    /// ```
    ///
    /// The first poll yields everything written so far.
    ///
    /// - Parameters:
    ///   - id: The run's id.
    ///   - pollInterval: The time between polls.
    ///   - timeout: How long to follow the log in all, from the start of iteration.
    public func followLog(
        id: RunID,
        pollInterval: Duration = .seconds(5),
        timeout: Duration = .seconds(3600)
    ) -> RunLogUpdates {
        RunLogUpdates(target: RunPollTarget(runs: self, id: id, pollInterval: pollInterval, timeout: timeout))
    }
}
