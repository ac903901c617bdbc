/// The elements of an array in a ``JSONDocument``, read in order.
struct DocumentUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: DocumentDecoder
    let count: Int?
    private(set) var currentIndex = 0
    /// The node index of the element at `currentIndex`.
    private var cursor: Int
    private var document: JSONDocument { decoder.document }

    init(decoder: DocumentDecoder) {
        self.decoder = decoder
        count = Int(decoder.document.nodes[decoder.index].length)
        cursor = decoder.index + 1
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var isAtEnd: Bool { currentIndex >= count! }

    /// The node index of the current element, then moves past it.
    private mutating func next(_ type: Any.Type) throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type,
                DecodingError.Context(
                    codingPath: codingPath + [ArrayIndexKey(currentIndex)], debugDescription: "Unkeyed container is at end."))
        }
        let index = cursor
        cursor = Int(document.nodes[index].end)
        currentIndex += 1
        return index
    }

    /// Reads the current element with `read`, which gets its node index and a function of its coding path;
    /// moves past it only when it fits.
    private mutating func read<Value>(
        _ type: Value.Type, _ read: (Int, () -> [any CodingKey]) throws -> Value
    ) throws -> Value {
        let saved = (cursor, currentIndex)
        let index = try next(type)
        let decoder = decoder
        do {
            return try read(index) { decoder.codingPath + [ArrayIndexKey(saved.1)] }
        } catch {
            (cursor, currentIndex) = saved
            throw error
        }
    }

    /// Whether the current element is `null`; moves past it only when it is.
    mutating func decodeNil() throws -> Bool {
        if isAtEnd { _ = try next(Never?.self) }
        guard document.nodes[cursor].kind == .null else { return false }
        _ = try next(Never?.self)
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool {
        let document = document
        return try read(type) { try document.readBool(at: $0, path: $1()) }
    }

    mutating func decode(_ type: String.Type) throws -> String {
        let document = document
        return try read(type) { try document.readString(at: $0, path: $1()) }
    }

    mutating func decode(_ type: Double.Type) throws -> Double { try floatingPoint(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try floatingPoint(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    private mutating func floatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(
        _ type: Number.Type
    ) throws -> Number {
        let document = document
        return try read(type) { try document.readFloatingPoint(type, at: $0, path: $1()) }
    }

    private mutating func integer<Integer: FixedWidthInteger>(_ type: Integer.Type) throws -> Integer {
        let document = document
        return try read(type) { try document.readInteger(type, at: $0, path: $1()) }
    }

    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let document = document
        let parent = decoder.path
        let key = ArrayIndexKey(currentIndex)
        return try read(type) { index, _ in try document.decode(type, at: index, parent: parent, key: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try elementDecoder(type).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try elementDecoder([Any].self).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try elementDecoder(Any.self)
    }

    private mutating func elementDecoder(_ type: Any.Type) throws -> DocumentDecoder {
        let key = ArrayIndexKey(currentIndex)
        let index = try next(type)
        return DocumentDecoder(document: document, index: index, parent: decoder.path, key: key)
    }
}
