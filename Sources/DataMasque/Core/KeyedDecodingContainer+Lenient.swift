/// Lenient readers for server fields, shared by the wire models.
extension KeyedDecodingContainer {
    /// The value for `key`, or `defaultValue` when the key is absent or `null`.
    func decode<T: Decodable>(_ key: Key, default defaultValue: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? defaultValue
    }

    /// An integer sent as a number, a whole float or a numeric string; `nil` when absent or `null`.
    func decodeLenientIntIfPresent(forKey key: Key) throws -> Int? {
        guard let value = try decodeIfPresent(JSONValue.self, forKey: key), !value.isNull else { return nil }
        if let number = value.intValue ?? value.stringValue.flatMap({ Int($0) }) { return number }
        throw DecodingError.typeMismatch(
            Int.self,
            DecodingError.Context(codingPath: codingPath + [key], debugDescription: "Expected an integer or a numeric string."))
    }

    /// A lenient integer (see ``decodeLenientIntIfPresent(forKey:)``), or `defaultValue` when absent or `null`.
    func decodeLenientInt(_ key: Key, default defaultValue: Int) throws -> Int {
        try decodeLenientIntIfPresent(forKey: key) ?? defaultValue
    }

    /// A required lenient integer (see ``decodeLenientIntIfPresent(forKey:)``).
    func decodeLenientInt(_ key: Key) throws -> Int {
        guard let number = try decodeLenientIntIfPresent(forKey: key) else {
            throw DecodingError.valueNotFound(
                Int.self, DecodingError.Context(codingPath: codingPath + [key], debugDescription: "Expected an integer."))
        }
        return number
    }

    /// An identifier sent as a string or an integer, as a string; `nil` when absent or `null`.
    func decodeIdentifierIfPresent(forKey key: Key) throws -> String? {
        switch try decodeIfPresent(JSONValue.self, forKey: key) {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case .int(let number)?: return String(number)
        default:
            throw DecodingError.typeMismatch(
                String.self,
                DecodingError.Context(codingPath: codingPath + [key], debugDescription: "Expected a string or integer identifier."))
        }
    }
}
