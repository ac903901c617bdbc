public import DataMasque
public import Foundation

/// A request the emulator answered, as seen on arrival,
/// with every secret replaced by `<redacted>`.
///
/// Read them with ``EmulatorControl/requests`` or `GET /_emulator/requests`.
public struct RecordedRequest: Sendable, Hashable, Codable {
    /// When the request arrived.
    public var date: Date
    /// The HTTP method, such as `GET`.
    public var method: String
    /// The path without the query, such as `/api/connections/`.
    public var path: String
    /// The query without the leading `?`, or `nil` when there was none.
    ///
    /// Values of secret-looking parameters are redacted.
    public var query: String?
    /// The request headers by lower-cased name.
    ///
    /// The values of `authorization`, `cookie` and `x-sf-spcs-authorization` are redacted,
    /// so a test can see that they were sent but not what they held.
    public var headers: [String: String]
    /// The JSON or form body, with the values of secret-looking keys redacted at any depth;
    /// `nil` for an empty or other body.
    public var body: JSONValue?
    /// Whether the request carried an `X-SF-SPCS-Authorization` header.
    public var hadSPCSHeader: Bool
    /// The status the emulator answered with.
    public var status: Int

    /// Creates a record; the emulator makes these for you.
    public init(
        date: Date, method: String, path: String, query: String?, headers: [String: String],
        body: JSONValue?, hadSPCSHeader: Bool, status: Int
    ) {
        self.date = date
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.hadSPCSHeader = hadSPCSHeader
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case date = "time"
        case method, path, query, headers, body, status
        case hadSPCSHeader = "spcs_header"
    }
}
