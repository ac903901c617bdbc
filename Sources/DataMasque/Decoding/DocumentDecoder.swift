import Foundation

/// A `Decoder` over one value of a ``JSONDocument``; also that value's single-value container.
final class DocumentDecoder: Decoder, SingleValueDecodingContainer {
    let document: JSONDocument
    let index: Int
    private let parent: CodingPathNode?
    private let key: (any CodingKey)?

    /// A decoder for the value at `index`, whose coding path is `parent` followed by `key`.
    init(document: JSONDocument, index: Int, parent: CodingPathNode?, key: (any CodingKey)?) {
        self.document = document
        self.index = index
        self.parent = parent
        self.key = key
    }

    /// This value's coding path as a node for its members' decoders; made only when a member needs it.
    private(set) lazy var path: CodingPathNode? = key.map { CodingPathNode(parent: parent, key: $0) } ?? parent

    var codingPath: [any CodingKey] { CodingPathNode.path(to: parent) + (key.map { [$0] } ?? []) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard document.nodes[index].kind == .object else {
            throw document.mismatch(KeyedDecodingContainer<Key>.self, at: index, path: codingPath)
        }
        return KeyedDecodingContainer(DocumentKeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard document.nodes[index].kind == .array else {
            throw document.mismatch([Any].self, at: index, path: codingPath)
        }
        return DocumentUnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { document.nodes[index].kind == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try document.readBool(at: index, path: codingPath) }
    func decode(_ type: String.Type) throws -> String { try document.readString(at: index, path: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try document.readFloatingPoint(type, at: index, path: codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try document.readFloatingPoint(type, at: index, path: codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try document.readInteger(type, at: index, path: codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try document.readInteger(type, at: index, path: codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try document.readInteger(type, at: index, path: codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try document.readInteger(type, at: index, path: codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try document.readInteger(type, at: index, path: codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try document.readInteger(type, at: index, path: codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try document.readInteger(type, at: index, path: codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try document.readInteger(type, at: index, path: codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try document.readInteger(type, at: index, path: codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try document.readInteger(type, at: index, path: codingPath) }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try document.decode(type, at: index, parent: path, key: nil)
    }
}

extension JSONDocument {
    /// The value at `index` as `type`; its coding path is `parent` followed by `key`.
    ///
    /// Strings, numbers, dates, URLs, arrays and ``JSONValue``s are read directly;
    /// any other type decodes itself from a ``DocumentDecoder``.
    func decode<Value: Decodable>(
        _ type: Value.Type, at index: Int, parent: CodingPathNode?, key: (any CodingKey)?
    ) throws -> Value {
        func path() -> [any CodingKey] {
            CodingPathNode.path(to: parent) + (key.map { [$0] } ?? [])
        }
        // Each check proves `Value` is the type just read, so the bit cast is an identity.
        if type == String.self { return unsafeBitCast(try readString(at: index, path: path()), to: Value.self) }
        if type == Int.self { return unsafeBitCast(try readInteger(Int.self, at: index, path: path()), to: Value.self) }
        if type == Bool.self { return unsafeBitCast(try readBool(at: index, path: path()), to: Value.self) }
        if type == Double.self {
            return unsafeBitCast(try readFloatingPoint(Double.self, at: index, path: path()), to: Value.self)
        }
        if type == JSONValue.self { return unsafeBitCast(try jsonValue(at: index, path: path()), to: Value.self) }
        if type == [String: JSONValue].self {
            return unsafeBitCast(try jsonObject(at: index, path: path()), to: Value.self)
        }
        if type == Date.self { return unsafeBitCast(try readDate(at: index, path: path()), to: Value.self) }
        if type == URL.self { return try readURL(at: index, path: path()) as! Value }
        if nodes[index].kind == .array, let arrayType = type as? any ArrayDecoding.Type {
            let path = key.map { CodingPathNode(parent: parent, key: $0) } ?? parent
            return try arrayType.decodeElements(of: self, at: index, path: path) as! Value
        }
        return try Value(from: DocumentDecoder(document: self, index: index, parent: parent, key: key))
    }

    /// A date in DataMasque's ISO 8601 forms (see ``WireDate``).
    private func readDate(at index: Int, path: @autoclosure () -> [any CodingKey]) throws -> Date {
        let text = try readString(at: index, path: path())
        guard let date = WireDate.parse(text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: path(), debugDescription: "'\(text)' is not an ISO 8601 date."))
        }
        return date
    }

    /// A URL sent as a string, as `JSONDecoder` reads one.
    private func readURL(at index: Int, path: @autoclosure () -> [any CodingKey]) throws -> URL {
        let text = try readString(at: index, path: path())
        guard let url = URL(string: text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: path(), debugDescription: "Invalid URL string."))
        }
        return url
    }
}

extension DocumentDecoder {
    /// The members of this object except those `modelled` names and those `isExcluded` matches,
    /// in one pass over the object: a modelled name is matched by its bytes, without building a string.
    func unmodelledMembers<Keys: Sequence<any CodingKey>>(
        modelled: Keys, isExcluded: (String) -> Bool, keepingNulls: Bool
    ) throws -> [String: JSONValue] {
        guard document.nodes[index].kind == .object else {
            throw document.mismatch([String: JSONValue].self, at: index, path: codingPath)
        }
        let count = Int(document.nodes[index].length)
        var isModelled = [Bool](repeating: false, count: count)
        for key in modelled {
            if let position = document.memberPosition(key, inObjectAt: index) { isModelled[position] = true }
        }
        var kept: [String: JSONValue] = [:]
        var cursor = index + 1
        for position in 0..<count {
            defer { cursor = Int(document.nodes[cursor + 1].end) }
            guard !isModelled[position], document.nodes[cursor + 1].kind != .null || keepingNulls else { continue }
            let name = try document.readString(at: cursor, path: codingPath)
            guard !isExcluded(name) else { continue }
            let value = try document.jsonValue(at: cursor + 1, path: codingPath + [AnyCodingKey(stringValue: name)])
            // The first of two members with one name wins, as it does for every other reading.
            if let first = kept.updateValue(value, forKey: name) { kept[name] = first }
        }
        return kept
    }
}
