extension KeyedDecodingContainer where Key == AnyCodingKey {
    /// The members whose keys are not in `consumed`, for a model to keep; `null` members are dropped.
    func unmodelledFields(excluding consumed: Set<String>) throws -> [String: JSONValue] {
        try allKeys.reduce(into: [:]) { kept, key in
            guard !consumed.contains(key.stringValue) else { return }
            let value = try decode(JSONValue.self, forKey: key)
            if !value.isNull { kept[key.stringValue] = value }
        }
    }
}
