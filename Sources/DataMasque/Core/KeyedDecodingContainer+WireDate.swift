import Foundation

extension KeyedDecodingContainer {
    /// An ISO 8601 date whatever the decoder's date strategy; `nil` when absent or `null`.
    func decodeWireDateIfPresent(forKey key: Key) throws -> Date? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let date = WireDate.parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "'\(text)' is not an ISO 8601 date.")
        }
        return date
    }
}

extension KeyedEncodingContainer {
    /// Encodes `date` as DataMasque writes dates; nothing when `nil`.
    mutating func encodeWireDateIfPresent(_ date: Date?, forKey key: Key) throws {
        try encodeIfPresent(date.map(WireDate.format), forKey: key)
    }
}
