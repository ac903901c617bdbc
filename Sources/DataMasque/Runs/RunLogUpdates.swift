/// A run's log entries as they are written, until the run ends.
///
/// Made by ``DataMasqueClient/Runs/followLog(id:pollInterval:timeout:)``.
/// Each poll reads the run's status, then its log, and yields the entries not yet seen;
/// after the poll that finds the run ended, the sequence finishes.
/// A log that shrinks is read from its new end.
/// Iteration throws ``DataMasqueError`` with code ``DataMasqueError/Code/timeout`` past the timeout,
/// and `CancellationError` when the task is cancelled.
public struct RunLogUpdates: AsyncSequence, Sendable {
    public typealias Element = RunLogEntry
    let target: RunPollTarget

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(target: target, schedule: target.schedule(awaiting: "the log of run \(target.id) to end"))
    }

    /// Produces the elements of ``RunLogUpdates``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let target: RunPollTarget
        let schedule: PollSchedule
        var seen = 0
        var pending: [RunLogEntry] = []
        var polled = false
        var ended = false

        public mutating func next() async throws -> RunLogEntry? {
            while pending.isEmpty {
                guard !ended else { return nil }
                if polled { try await schedule.pause() }
                polled = true
                ended = try await target.runs.get(id: target.id).status.isFinal
                let entries = try await target.runs.logEntries(id: target.id)
                pending = entries.count > seen ? entries[seen...].reversed() : []
                seen = entries.count
            }
            return pending.popLast()
        }
    }
}
