extension KeyedDecodingContainer {
    /// A whole percentage sent as a number, rounded when it has a fraction; `nil` when absent or `null`.
    func decodePercentageIfPresent(forKey key: Key) throws -> Int? {
        guard let value = try decodeIfPresent(Double.self, forKey: key) else { return nil }
        guard value.isFinite, (-1_000_000...1_000_000).contains(value) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "\(value) is not a percentage.")
        }
        return Int(value.rounded())
    }
}
