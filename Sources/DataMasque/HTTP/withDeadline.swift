/// Runs `operation`, cancelling it and throwing ``DataMasqueError/Code/timeout`` for `request` at `deadline`.
///
/// Inside another `withDeadline` whose deadline comes no later,
/// it runs `operation` directly: the enclosing deadline already bounds it.
func withDeadline<Value: Sendable>(
    _ deadline: ContinuousClock.Instant,
    for request: DataMasqueRequest,
    _ operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    if let enclosing = EnforcedDeadline.current, enclosing <= deadline {
        return try await operation()
    }
    return try await EnforcedDeadline.$current.withValue(deadline) {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            defer { group.cancelAll() }
            guard let value = try await group.next() ?? nil else {
                throw HTTPClientTransport.deadlineError(for: request)
            }
            return value
        }
    }
}

/// The deadline an enclosing ``withDeadline(_:for:_:)`` enforces for the current task.
enum EnforcedDeadline {
    @TaskLocal static var current: ContinuousClock.Instant?
}
