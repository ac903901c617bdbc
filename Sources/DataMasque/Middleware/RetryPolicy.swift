import Foundation

/// When and how the client retries a request that got no useful answer.
///
/// Only idempotent requests (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`) are retried,
/// after a dropped connection or a `429`, `502`, `503` or `504` response.
/// A `Retry-After` header decides the wait when present;
/// otherwise the wait grows exponentially with jitter.
/// The last response or error is what the caller sees.
public struct RetryPolicy: Sendable, Hashable {
    /// How many times one request is sent at most, the first attempt included.
    public var maxAttempts: Int
    /// The wait before the first retry, doubled for each one after.
    public var baseDelay: Duration
    /// The longest wait between two attempts, `Retry-After` included.
    public var maxDelay: Duration

    public init(maxAttempts: Int, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(10)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// Three attempts, waiting about 0.5 s and then 1 s.
    public static let `default` = RetryPolicy(maxAttempts: 3)

    /// Every request is sent once.
    public static let none = RetryPolicy(maxAttempts: 1)

    static let retryableStatuses: Set<Int> = [429, 502, 503, 504]
    static let idempotentMethods: Set<String> = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]

    /// The wait before retry number `retry` (1 for the first retry),
    /// given the `Retry-After` header of the response that caused it.
    public func delay(beforeRetry retry: Int, retryAfter: String?) -> Duration {
        if let retryAfter, let seconds = Double(retryAfter.trimmingCharacters(in: .whitespaces)), seconds >= 0 {
            return min(.milliseconds(Int(seconds * 1000)), maxDelay)
        }
        let exponential = baseDelay * (1 << min(retry - 1, 16))
        let jittered = exponential * Double.random(in: 0.5...1.0)
        return min(jittered, maxDelay)
    }
}
