import Foundation

/// Reading nodes as Swift values, with `DecodingError`s that name the value's coding path.
///
/// The path is an autoclosure, built only when a value does not fit.
extension JSONDocument {
    /// The node index of the value of the first member named by `key` in the object at `index`, or `nil`.
    func member(_ key: some CodingKey, inObjectAt index: Int) -> Int? {
        memberLocation(key, inObjectAt: index)?.value
    }

    /// The position among the object's members of the first one named by `key`, or `nil`.
    func memberPosition(_ key: some CodingKey, inObjectAt index: Int) -> Int? {
        memberLocation(key, inObjectAt: index)?.position
    }

    private func memberLocation(_ key: some CodingKey, inObjectAt index: Int) -> (position: Int, value: Int)? {
        var name = key.stringValue
        return name.withUTF8 { name in
            var cursor = index + 1
            for position in 0..<Int(nodes[index].length) {
                if string(nodes[cursor], equals: name) { return (position, cursor + 1) }
                cursor = Int(nodes[cursor + 1].end)
            }
            return nil
        }
    }

    func readString(at index: Int, path: @autoclosure () -> [any CodingKey]) throws -> String {
        let node = nodes[index]
        guard node.kind == .string else { throw mismatch(String.self, at: index, path: path()) }
        guard let text = string(of: node) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: path(), debugDescription: "The string is not valid UTF-8."))
        }
        return text
    }

    func readBool(at index: Int, path: @autoclosure () -> [any CodingKey]) throws -> Bool {
        switch nodes[index].kind {
        case .true: true
        case .false: false
        default: throw mismatch(Bool.self, at: index, path: path())
        }
    }

    func readInteger<Integer: FixedWidthInteger>(
        _ type: Integer.Type, at index: Int, path: @autoclosure () -> [any CodingKey]
    ) throws -> Integer {
        let node = nodes[index]
        guard node.kind == .number else { throw mismatch(type, at: index, path: path()) }
        if let value = integer(of: node, as: type) { return value }
        throw DecodingError.dataCorrupted(
            DecodingError.Context(
                codingPath: path(),
                debugDescription: "Parsed JSON number <\(numberText(of: node))> does not fit in \(type)."))
    }

    func readFloatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(
        _ type: Number.Type, at index: Int, path: @autoclosure () -> [any CodingKey]
    ) throws -> Number {
        let node = nodes[index]
        guard node.kind == .number else { throw mismatch(type, at: index, path: path()) }
        if node.isWholeNumberText, node.length <= 15, let whole = integer(of: node, as: Int.self) {
            return Number(whole)
        }
        guard let value = Number(numberText(of: node)), value.isFinite else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: path(),
                    debugDescription: "Parsed JSON number <\(numberText(of: node))> does not fit in \(type)."))
        }
        return value
    }

    /// The value of a number node as `type`, when it is a whole number in its range.
    ///
    /// `1.0` and `1e2` count as whole numbers, as they do for `JSONDecoder`.
    func integer<Integer: FixedWidthInteger>(of node: JSONNode, as type: Integer.Type) -> Integer? {
        let span = span(of: node)
        if node.isWholeNumberText, span.count <= 18 {
            var negative = false
            var value: Int64 = 0
            for byte in span {
                if byte == UInt8(ascii: "-") {
                    negative = true
                } else {
                    value = value &* 10 &+ Int64(byte &- UInt8(ascii: "0"))
                }
            }
            return Integer(exactly: negative ? -value : value)
        }
        let text = numberText(of: node)
        if node.isWholeNumberText { return Integer(text) }
        return Double(text).flatMap { Integer(exactly: $0) }
    }

    func numberText(of node: JSONNode) -> String {
        String(decoding: span(of: node), as: UTF8.self)
    }

    /// The subtree at `index` as a ``JSONValue``.
    ///
    /// A number that is exactly an `Int` becomes ``JSONValue/int(_:)``, as `JSONValue`'s own decoding does.
    func jsonValue(at index: Int, path: @autoclosure () -> [any CodingKey]) throws -> JSONValue {
        let node = nodes[index]
        switch node.kind {
        case .null: return .null
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .string: return .string(try readString(at: index, path: path()))
        case .number:
            if let value = integer(of: node, as: Int.self) { return .int(value) }
            return .double(try readFloatingPoint(Double.self, at: index, path: path()))
        case .array:
            var items: [JSONValue] = []
            items.reserveCapacity(Int(node.length))
            var cursor = index + 1
            for _ in 0..<node.length {
                items.append(try jsonValue(at: cursor, path: path() + [ArrayIndexKey(items.count)]))
                cursor = Int(nodes[cursor].end)
            }
            return .array(items)
        case .object:
            return .object(try jsonObject(at: index, path: path()))
        }
    }

    /// The members of the object at `index`; the first of two members with the same name wins.
    func jsonObject(at index: Int, path: @autoclosure () -> [any CodingKey]) throws -> [String: JSONValue] {
        let node = nodes[index]
        guard node.kind == .object else { throw mismatch([String: JSONValue].self, at: index, path: path()) }
        var members: [String: JSONValue] = [:]
        members.reserveCapacity(Int(node.length))
        var cursor = index + 1
        for _ in 0..<node.length {
            let name = try readString(at: cursor, path: path())
            if members[name] == nil {
                members[name] = try jsonValue(at: cursor + 1, path: path() + [AnyCodingKey(stringValue: name)])
            }
            cursor = Int(nodes[cursor + 1].end)
        }
        return members
    }

    /// The error for a value of the wrong kind: `valueNotFound` for `null`, `typeMismatch` otherwise.
    func mismatch(_ type: Any.Type, at index: Int, path: [any CodingKey]) -> DecodingError {
        let kind = nodes[index].kind
        if kind == .null {
            return .valueNotFound(
                type, DecodingError.Context(codingPath: path, debugDescription: "Expected \(type) value but found null instead."))
        }
        let found =
            switch kind {
            case .null: "null"
            case .true, .false: "bool"
            case .number: "number"
            case .string: "a string"
            case .array: "an array"
            case .object: "a dictionary"
            }
        return .typeMismatch(
            type,
            DecodingError.Context(codingPath: path, debugDescription: "Expected to decode \(type) but found \(found) instead."))
    }
}
