import Synchronization

extension Task where Success: Sendable, Failure == any Error {
    /// This task's value, waited for no later than `deadline`:
    /// then `timeoutError()` is thrown, and the task runs on for whoever else awaits it.
    ///
    /// Cancelling the waiting task ends the wait with `CancellationError`, leaving this task running too.
    func value(
        by deadline: ContinuousClock.Instant?, timeoutError: @escaping @Sendable () -> any Error
    ) async throws -> Success {
        guard let deadline else { return try await value }
        let outcome = FirstOutcome<Success>()
        // The waiter lives as long as this task, which cancelling it would not shorten; the timer is stopped.
        Task<Void, Never> { outcome.settle(with: await result) }
        let timer = Task<Void, Never> {
            if (try? await Task<Never, Never>.sleep(until: deadline, clock: .continuous)) != nil {
                outcome.settle(with: .failure(timeoutError()))
            }
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { outcome.deliver(to: $0) }
        } onCancel: {
            outcome.settle(with: .failure(_Concurrency.CancellationError()))
        }
    }
}

/// The first of several results to arrive, handed to one continuation whenever it is ready.
private final class FirstOutcome<Value: Sendable>: Sendable {
    fileprivate struct State {
        var result: Result<Value, any Error>?
        var continuation: CheckedContinuation<Value, any Error>?
        var delivered = false
    }

    private let state = Mutex(State())

    /// Records `result` unless an earlier one was recorded, and delivers it when a continuation waits.
    func settle(with result: Result<Value, any Error>) {
        let waiting = state.withLock { state -> CheckedContinuation<Value, any Error>? in
            guard state.result == nil else { return nil }
            state.result = result
            return state.takeWaiting()
        }
        waiting?.resume(with: result)
    }

    /// Resumes `continuation` with the first result, now or when it arrives.
    func deliver(to continuation: CheckedContinuation<Value, any Error>) {
        let ready = state.withLock { state -> Result<Value, any Error>? in
            state.continuation = continuation
            return state.takeWaiting() == nil ? nil : state.result
        }
        if let ready { continuation.resume(with: ready) }
    }
}

extension FirstOutcome.State {
    /// The continuation to resume, once, when a result and a continuation are both present.
    fileprivate mutating func takeWaiting() -> CheckedContinuation<Value, any Error>? {
        guard result != nil, !delivered, let continuation else { return nil }
        delivered = true
        return continuation
    }
}
