import Foundation

/// When and how the client retries a request that got no useful answer.
///
/// Only idempotent requests (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`) and logins are retried,
/// after a failed or dropped connection or a `429`, `502`, `503` or `504` response.
/// A `Retry-After` header decides the wait when present,
/// capped at ``maxDelay``;
/// otherwise the wait grows exponentially with jitter.
/// No wait goes past the call's deadline.
/// The last response or error is what the caller sees.
public struct RetryPolicy: Sendable, Hashable {
    /// How many times one request is sent at most, the first attempt included; at least 1.
    public let maxAttempts: Int
    /// The wait before the first retry, doubled for each one after.
    public let baseDelay: Duration
    /// The longest wait between two attempts, `Retry-After` included.
    public let maxDelay: Duration

    /// Creates a policy.
    ///
    /// Out-of-range values are brought into range:
    /// `maxAttempts` to at least 1,
    /// and both delays to between zero and one hour.
    public init(maxAttempts: Int, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(10)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = Self.clamp(baseDelay)
        self.maxDelay = Self.clamp(maxDelay)
    }

    /// Three attempts, waiting about 0.5 s and then 1 s.
    public static let `default` = RetryPolicy(maxAttempts: 3)

    /// Every request is sent once.
    public static let none = RetryPolicy(maxAttempts: 1)

    static let retryableStatuses: Set<Int> = [429, 502, 503, 504]
    static let idempotentMethods: Set<String> = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]
    private static let longestDelay = Duration.seconds(3600)

    /// The wait before retry number `retry` (1 for the first retry),
    /// given the `Retry-After` header of the response that caused it.
    ///
    /// A `Retry-After` in seconds or as an HTTP date is honoured up to ``maxDelay``;
    /// one that is negative, not a number or not a date is ignored.
    public func delay(beforeRetry retry: Int, retryAfter: String?) -> Duration {
        if let retryAfter, let wait = Self.parse(retryAfter: retryAfter) {
            return min(wait, maxDelay)
        }
        let exponential = baseDelay * (1 << min(max(retry, 1) - 1, 16))
        let jittered = exponential * Double.random(in: 0.5...1.0)
        return min(jittered, maxDelay)
    }

    /// A `Retry-After` value as a wait no longer than an hour, or `nil` when it is unusable.
    static func parse(retryAfter: String, now: Date = Date()) -> Duration? {
        let text = retryAfter.trimmingCharacters(in: .whitespaces)
        let seconds: Double
        if let number = Double(text) {
            seconds = number
        } else if let date = httpDate(text) {
            seconds = max(0, date.timeIntervalSince(now))
        } else {
            return nil
        }
        guard !seconds.isNaN, seconds >= 0 else { return nil }
        guard seconds < 3600 else { return longestDelay }
        return .milliseconds(Int((seconds * 1000).rounded(.up)))
    }

    private static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }

    private static func clamp(_ delay: Duration) -> Duration {
        min(max(delay, .zero), longestDelay)
    }
}
