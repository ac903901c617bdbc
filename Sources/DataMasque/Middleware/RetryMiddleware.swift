/// Retries idempotent requests after a failed connection or a busy server, per ``RetryPolicy``,
/// never waiting past the call's deadline.
struct RetryMiddleware: DeadlineBoundedMiddleware {
    let policy: RetryPolicy

    func intercept(
        _ request: DataMasqueRequest,
        next: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
    ) async throws -> DataMasqueResponse {
        let retryable = (RetryPolicy.idempotentMethods.contains(request.method.rawValue) || request.retriesWhenNotIdempotent)
            && request.downloadDestination == nil
        guard retryable, policy.maxAttempts > 1 else { return try await next(request) }
        var attempt = 1
        while true {
            let wait: Duration
            do {
                let response = try await next(request)
                guard RetryPolicy.retryableStatuses.contains(response.status), attempt < policy.maxAttempts else {
                    return response
                }
                wait = policy.delay(beforeRetry: attempt, retryAfter: response.header("Retry-After"))
                guard fits(wait, before: request.deadline) else { return response }
            } catch let error as DataMasqueError where error.code == .transport && attempt < policy.maxAttempts {
                wait = policy.delay(beforeRetry: attempt, retryAfter: nil)
                guard fits(wait, before: request.deadline) else { throw error }
            }
            try await Task.sleep(for: wait)
            attempt += 1
        }
    }

    /// Whether waiting `wait` still leaves time before `deadline` for another attempt.
    private func fits(_ wait: Duration, before deadline: ContinuousClock.Instant?) -> Bool {
        guard let deadline else { return true }
        return ContinuousClock.now + wait < deadline
    }
}
