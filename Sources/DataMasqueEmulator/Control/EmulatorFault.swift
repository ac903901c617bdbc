/// A planned failure for the next requests,
/// to exercise a client's retries and timeouts.
///
/// ```swift
/// // The next two requests to the healthcheck get 503 after a short delay.
/// await emulator.control.injectFault(
///     EmulatorFault(path: "/api/healthcheck/", status: 503, count: 2, latency: .milliseconds(50)))
/// ```
public struct EmulatorFault: Sendable, Hashable, Codable {
    /// The request path the fault applies to, such as `/api/connections/`,
    /// or `nil` for every path.
    public var path: String?
    /// The status to answer with, such as `429`, `500`, `503` or `504`,
    /// or `nil` to only add ``latency`` and then serve normally.
    ///
    /// A status outside ``statusRange`` answers `500`.
    public var status: Int?
    /// How many matching requests the fault affects.
    public var count: Int
    /// The `Retry-After` header value in seconds, if any.
    public var retryAfter: Int?
    /// A delay before answering, if any.
    public var latency: Duration?

    /// The statuses a fault can answer with.
    public static let statusRange = 200...599
    /// The largest `Retry-After` a control request may ask for, in seconds.
    static let retryAfterLimit = 86_400
    /// The longest latency a control request may ask for, in milliseconds.
    static let latencyLimit = 600_000

    /// Creates a fault; see the properties for what each setting does.
    public init(
        path: String? = nil, status: Int? = 503, count: Int = 1, retryAfter: Int? = nil, latency: Duration? = nil
    ) {
        self.path = path
        self.status = status
        self.count = count
        self.retryAfter = retryAfter
        self.latency = latency
    }

    enum CodingKeys: String, CodingKey {
        case path, status, count
        case retryAfter = "retry_after"
        case latencyMilliseconds = "latency_ms"
    }

    /// Decodes the body of `POST /_emulator/faults`,
    /// for example `{"path": "/api/healthcheck/", "status": 429, "count": 2, "retry_after": 1, "latency_ms": 100}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            path: try container.decodeIfPresent(String.self, forKey: .path),
            status: try container.decodeIfPresent(Int.self, forKey: .status),
            count: try container.decodeIfPresent(Int.self, forKey: .count) ?? 1,
            retryAfter: try container.decodeIfPresent(Int.self, forKey: .retryAfter),
            latency: try container.decodeIfPresent(Int.self, forKey: .latencyMilliseconds).map { .milliseconds($0) }
        )
    }

    /// Encodes the fault in the shape `POST /_emulator/faults` accepts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encode(count, forKey: .count)
        try container.encodeIfPresent(retryAfter, forKey: .retryAfter)
        try container.encodeIfPresent(latency.map(\.milliseconds), forKey: .latencyMilliseconds)
    }
}
