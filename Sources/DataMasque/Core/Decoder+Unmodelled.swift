extension Decoder {
    /// The members of this object that a model does not read, for it to keep and send back on update:
    /// all but those `modelled` names and those `isExcluded` matches; `null` members are dropped unless `keepingNulls`.
    func unmodelledFields<Keys: CodingKey & CaseIterable>(
        excluding modelled: Keys.Type, and isExcluded: (String) -> Bool = { _ in false }, keepingNulls: Bool = false
    ) throws -> [String: JSONValue] {
        try unmodelledFields(modelled: modelled.allCases.lazy.map { $0 }, isExcluded: isExcluded, keepingNulls: keepingNulls)
    }

    /// The members of this object whose names are not in `consumed`, for a model to keep; `null` members are dropped.
    func unmodelledFields(excluding consumed: Set<String>) throws -> [String: JSONValue] {
        try unmodelledFields(modelled: EmptyCollection(), isExcluded: consumed.contains, keepingNulls: false)
    }

    private func unmodelledFields(
        modelled: some Sequence<any CodingKey>, isExcluded: (String) -> Bool, keepingNulls: Bool
    ) throws -> [String: JSONValue] {
        // The wire decoder walks the members once; `allKeys` would copy and cast them twice.
        if let decoder = self as? DocumentDecoder {
            return try decoder.unmodelledMembers(modelled: modelled, isExcluded: isExcluded, keepingNulls: keepingNulls)
        }
        let modelledNames = Set(modelled.map(\.stringValue))
        let container = try container(keyedBy: AnyCodingKey.self)
        return try container.allKeys.reduce(into: [:]) { kept, key in
            let name = key.stringValue
            guard !modelledNames.contains(name), !isExcluded(name) else { return }
            let value = try container.decode(JSONValue.self, forKey: key)
            if keepingNulls || !value.isNull { kept[name] = value }
        }
    }
}
