public import Foundation

/// The license edit lock on a connection, as the server reports it.
///
/// The server sends one only when the instance's license caps the number of connections,
/// counts this connection's type against that cap,
/// and the connection has completed its first successful run.
public struct LicenseLock: Sendable, Hashable, Codable {
    /// When the lock started.
    public var lockedAt: Date
    /// When the locked fields can be edited again.
    public var editableFrom: Date

    /// Creates a license lock.
    public init(lockedAt: Date, editableFrom: Date) {
        self.lockedAt = lockedAt
        self.editableFrom = editableFrom
    }

    enum CodingKeys: String, CodingKey {
        case lockedAt = "locked_at"
        case editableFrom = "editable_from"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lockedAt = try Self.date(in: container, forKey: .lockedAt)
        editableFrom = try Self.date(in: container, forKey: .editableFrom)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(WireDate.format(lockedAt), forKey: .lockedAt)
        try container.encode(WireDate.format(editableFrom), forKey: .editableFrom)
    }

    /// Reads an ISO 8601 date whatever the decoder's date strategy.
    private static func date(in container: KeyedDecodingContainer<CodingKeys>, forKey key: CodingKeys) throws -> Date {
        let text = try container.decode(String.self, forKey: key)
        guard let date = WireDate.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(text)' is not an ISO 8601 date.")
        }
        return date
    }
}
