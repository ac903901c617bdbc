/// Runs `operation`, cancelling it and throwing ``DataMasqueError/Code/timeout`` for `request` at `deadline`.
func withDeadline<Value: Sendable>(
    _ deadline: ContinuousClock.Instant,
    for request: DataMasqueRequest,
    _ operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
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
