/// The members of an object in a ``JSONDocument``, found by comparing their names' bytes in place.
///
/// API objects have tens of members, so a scan beats building a dictionary for every object.
struct DocumentKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: DocumentDecoder
    private var document: JSONDocument { decoder.document }

    init(decoder: DocumentDecoder) {
        self.decoder = decoder
    }

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        let object = document.nodes[decoder.index]
        var keys: [Key] = []
        keys.reserveCapacity(Int(object.length))
        var cursor = decoder.index + 1
        for _ in 0..<object.length {
            if let name = document.string(of: document.nodes[cursor]), let key = Key(stringValue: name) {
                keys.append(key)
            }
            cursor = Int(document.nodes[cursor + 1].end)
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { valueIndex(for: key) != nil }

    /// The node index of the member named `key`, or `nil`.
    private func valueIndex(for key: some CodingKey) -> Int? {
        document.member(key, inObjectAt: decoder.index)
    }

    private func requiredValueIndex(for key: some CodingKey) throws -> Int {
        guard let index = valueIndex(for: key) else {
            throw DecodingError.keyNotFound(
                key,
                DecodingError.Context(
                    codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return index
    }

    private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    func decodeNil(forKey key: Key) throws -> Bool {
        document.nodes[try requiredValueIndex(for: key)].kind == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try document.readBool(at: requiredValueIndex(for: key), path: path(key))
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try document.readString(at: requiredValueIndex(for: key), path: path(key))
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try document.readFloatingPoint(type, at: requiredValueIndex(for: key), path: path(key))
    }

    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try document.readFloatingPoint(type, at: requiredValueIndex(for: key), path: path(key))
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type, key) }

    private func integer<Integer: FixedWidthInteger>(_ type: Integer.Type, _ key: Key) throws -> Integer {
        try document.readInteger(type, at: requiredValueIndex(for: key), path: path(key))
    }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try document.decode(type, at: requiredValueIndex(for: key), parent: decoder.path, key: key)
    }

    // One lookup for each optional member, where the default implementations make three.

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try presentIndex(for: key).map { try document.readString(at: $0, path: path(key)) }
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try presentIndex(for: key).map { try document.readBool(at: $0, path: path(key)) }
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try presentIndex(for: key).map { try document.readInteger(type, at: $0, path: path(key)) }
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try presentIndex(for: key).map { try document.readFloatingPoint(type, at: $0, path: path(key)) }
    }

    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        try presentIndex(for: key).map { try document.decode(type, at: $0, parent: decoder.path, key: key) }
    }

    /// The node index of the member named `key`, or `nil` when it is absent or `null`.
    private func presentIndex(for key: Key) -> Int? {
        guard let index = valueIndex(for: key), document.nodes[index].kind != .null else { return nil }
        return index
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try memberDecoder(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try memberDecoder(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try memberDecoder(AnyCodingKey(stringValue: "super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try memberDecoder(key)
    }

    private func memberDecoder(_ key: some CodingKey) throws -> DocumentDecoder {
        DocumentDecoder(document: document, index: try requiredValueIndex(for: key), parent: decoder.path, key: key)
    }
}
