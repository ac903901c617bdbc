import Foundation

/// What a ``MisbehavingServer`` answers: a plain response, or one that goes wrong on the wire.
public struct MisbehavingResponse: Sendable {
    enum Body: Sendable {
        case complete(Data)
        case stall
        case drip(every: Duration)
        case cutOff(Data, declaredLength: Int)
    }

    let status: Int
    let headers: [(String, String)]
    let body: Body

    /// A complete response with this status, headers and body.
    public static func status(_ status: Int, headers: [(String, String)] = [], body: String = "") -> Self {
        Self(status: status, headers: headers, body: .complete(Data(body.utf8)))
    }

    /// A JSON response, whether or not `text` is valid JSON.
    public static func json(_ status: Int = 200, _ text: String, headers: [(String, String)] = []) -> Self {
        .status(status, headers: [("Content-Type", "application/json")] + headers, body: text)
    }

    /// An HTML error page, as a proxy in front of the server sends.
    public static func html(
        _ status: Int,
        _ text: String = "<html><body><h1>Internal Server Error</h1></body></html>"
    ) -> Self {
        .status(status, headers: [("Content-Type", "text/html")], body: text)
    }

    /// A redirect to `location`, relative or absolute.
    public static func redirect(_ status: Int = 302, to location: String) -> Self {
        .status(status, headers: [("Location", location)])
    }

    /// The status and headers, then no body at all until the server stops.
    public static func stallAfterHeaders(status: Int = 200) -> Self {
        Self(status: status, headers: [("Content-Type", "application/json")], body: .stall)
    }

    /// The status and headers, then one byte every `interval` until the server stops.
    public static func drip(every interval: Duration) -> Self {
        Self(status: 200, headers: [("Content-Type", "application/json")], body: .drip(every: interval))
    }

    /// A `Content-Length` of `declaredLength`, then only `text`, then the connection is closed.
    public static func cutOff(after text: String, declaredLength: Int) -> Self {
        Self(
            status: 200, headers: [("Content-Type", "application/json")],
            body: .cutOff(Data(text.utf8), declaredLength: declaredLength))
    }
}
