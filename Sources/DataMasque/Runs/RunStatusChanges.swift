/// A run's record each time its status changes, until it ends.
///
/// Made by ``DataMasqueClient/Runs/statusChanges(id:pollInterval:timeout:)``.
/// Each step of iteration polls the run until its status differs from the last one seen;
/// the first element is the run as first seen, and the last is the run in a final status.
/// Iteration throws ``DataMasqueError`` with code ``DataMasqueError/Code/timeout`` past the timeout,
/// and `CancellationError` when the task is cancelled.
public struct RunStatusChanges: AsyncSequence, Sendable {
    public typealias Element = RunInfo
    let target: RunPollTarget

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(target: target, schedule: target.schedule(awaiting: "run \(target.id) to end"))
    }

    /// Produces the elements of ``RunStatusChanges``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let target: RunPollTarget
        let schedule: PollSchedule
        var last: MaskingRunStatus?
        var ended = false

        public mutating func next() async throws -> RunInfo? {
            guard !ended else { return nil }
            if last != nil { try await schedule.pause() }
            let (runs, id, previous) = (target.runs, target.id, last)
            let run = try await schedule.poll({ try await runs.get(id: id) }, until: { $0.status != previous })
            last = run.status
            ended = run.status.isFinal
            return run
        }
    }
}
