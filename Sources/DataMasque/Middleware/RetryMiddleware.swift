/// Retries idempotent requests after a dropped connection or a busy server, per ``RetryPolicy``.
struct RetryMiddleware: DataMasqueMiddleware {
    let policy: RetryPolicy

    func intercept(
        _ request: DataMasqueRequest,
        next: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
    ) async throws -> DataMasqueResponse {
        let retryable = RetryPolicy.idempotentMethods.contains(request.method.rawValue)
            && request.downloadDestination == nil
        guard retryable, policy.maxAttempts > 1 else { return try await next(request) }
        var attempt = 1
        while true {
            let retryAfter: String?
            do {
                let response = try await next(request)
                guard RetryPolicy.retryableStatuses.contains(response.status), attempt < policy.maxAttempts else {
                    return response
                }
                retryAfter = response.header("Retry-After")
            } catch let error as DataMasqueError where error.code == .transport && attempt < policy.maxAttempts {
                retryAfter = nil
            }
            try await Task.sleep(for: policy.delay(beforeRetry: attempt, retryAfter: retryAfter))
            attempt += 1
        }
    }
}
