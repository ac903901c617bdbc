public import Foundation

/// A moment the server reported, kept both as a `Date` and as the exact text the server sent.
///
/// The text keeps what a `Date` loses,
/// such as microseconds and the server's UTC offset,
/// so a tool can show the time exactly as DataMasque wrote it.
///
/// ```swift
/// let run = try await client.runs.get(id: id)
/// print(run.createdTime?.date, run.createdTime?.text)
/// ```
///
/// It encodes as its text.
public struct Timestamp: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The moment.
    public let date: Date
    /// The moment as the server wrote it, such as `2026-01-01T12:00:00.123456Z`;
    /// the client's ISO 8601 form for a timestamp made from a `Date`.
    public let text: String

    /// A timestamp for `date`, written as ISO 8601 with milliseconds in UTC.
    public init(_ date: Date) {
        self.date = date
        self.text = WireDate.format(date)
    }

    /// The timestamp the ISO 8601 `text` names, keeping the text as it is; `nil` when it is not ISO 8601.
    public init?(text: String) {
        guard let date = WireDate.parse(text) else { return nil }
        self.date = date
        self.text = text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let timestamp = Timestamp(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO 8601 date.")
        }
        self = timestamp
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// The server's text.
    public var description: String { text }
}
