/// When to poll the server while waiting for something: every `interval`, until a deadline.
struct PollSchedule: Sendable {
    let interval: Duration
    let timeout: Duration
    let deadline: ContinuousClock.Instant
    /// What is awaited, for the timeout message, such as `run 42 to end`.
    let subject: String

    /// A schedule whose deadline is `timeout` from now.
    init(interval: Duration, timeout: Duration, subject: String) {
        self.interval = interval
        self.timeout = timeout
        self.deadline = .now + timeout
        self.subject = subject
    }

    /// Sleeps until the next poll is due, no later than the deadline.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/timeout`` once the deadline has passed,
    ///   ``DataMasqueError/Code/configuration`` for an interval that is not positive,
    ///   and `CancellationError` when the task is cancelled.
    func pause() async throws {
        guard interval > .zero else {
            throw DataMasqueError(code: .configuration, message: "The poll interval must be positive, not \(interval).")
        }
        let now = ContinuousClock.now
        guard now < deadline else {
            throw DataMasqueError(code: .timeout, message: "Gave up waiting for \(subject) after \(timeout).")
        }
        try await Task.sleep(until: min(now + interval, deadline), clock: .continuous)
    }

    /// Fetches a value now, then after each pause, until `isSettled` accepts it.
    func poll<Value>(
        _ fetch: () async throws -> Value,
        until isSettled: (Value) -> Bool
    ) async throws -> Value {
        var value = try await fetch()
        while !isSettled(value) {
            try await pause()
            value = try await fetch()
        }
        return value
    }
}
