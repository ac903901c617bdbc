/// Reads a JSON text (RFC 8259) into the nodes of a ``JSONDocument``, checking its grammar as it goes.
///
/// Nesting is limited to 512 levels, so a hostile body cannot exhaust the stack,
/// and texts must be smaller than 4 GiB, the range of a node's offsets.
struct JSONParser {
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0
    private var nodes: [JSONNode] = []

    init(bytes: UnsafeBufferPointer<UInt8>) throws {
        guard bytes.count < Int(UInt32.max) else {
            throw Self.error("it is \(bytes.count) bytes long, more than a JSON text may be (4 GiB)")
        }
        self.bytes = bytes
        // Roughly one node per eight bytes of typical API responses; a guess, not a limit.
        nodes.reserveCapacity(bytes.count / 8 + 1)
    }

    mutating func parseDocument() throws -> [JSONNode] {
        try parseValue()
        skipWhitespace()
        guard position == bytes.count else { throw unexpected("after the end of the value") }
        return nodes
    }

    private mutating func parseValue() throws {
        skipWhitespace()
        guard position < bytes.count else { throw Self.error("it ends where a value was expected") }
        switch bytes[position] {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "t"): try parseLiteral("true", kind: .true)
        case UInt8(ascii: "f"): try parseLiteral("false", kind: .false)
        case UInt8(ascii: "n"): try parseLiteral("null", kind: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        default: throw unexpected("where a value was expected")
        }
    }

    private mutating func parseObject() throws {
        try parseContainer(.object, closedBy: UInt8(ascii: "}"), named: "an object") { parser in
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: "\"") else { throw parser.unexpected("where a member name was expected") }
            try parser.parseString()
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: ":") else { throw parser.unexpected("where ':' was expected") }
            parser.position += 1
            try parser.parseValue()
        }
    }

    private mutating func parseArray() throws {
        try parseContainer(.array, closedBy: UInt8(ascii: "]"), named: "an array") { try $0.parseValue() }
    }

    /// Parses an object or an array: elements read by `parseElement`, separated by commas, up to `close`.
    private mutating func parseContainer(
        _ kind: JSONNode.Kind, closedBy close: UInt8, named name: String,
        parseElement: (inout JSONParser) throws -> Void
    ) throws {
        let index = try openContainer(kind)
        var count: UInt32 = 0
        skipWhitespace()
        if peek() == close {
            position += 1
        } else {
            while true {
                try parseElement(&self)
                count += 1
                skipWhitespace()
                guard let next = peek() else { throw Self.error("it ends inside \(name)") }
                if next == close { break }
                guard next == UInt8(ascii: ",") else {
                    throw unexpected("where ',' or '\(Character(Unicode.Scalar(close)))' was expected")
                }
                position += 1
            }
            position += 1
        }
        closeContainer(index, count: count)
    }

    private mutating func openContainer(_ kind: JSONNode.Kind) throws -> Int {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw Self.error("it nests more than \(Self.maximumDepth) levels deep at byte \(position)")
        }
        position += 1
        nodes.append(JSONNode(kind: kind, flags: 0, start: UInt32(position), length: 0, end: 0))
        return nodes.count - 1
    }

    private mutating func closeContainer(_ index: Int, count: UInt32) {
        depth -= 1
        nodes[index].length = count
        nodes[index].end = UInt32(nodes.count)
    }

    private mutating func parseString() throws {
        position += 1
        let start = position
        var flags: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                appendLeaf(.string, flags: flags, start: start, length: position - start)
                position += 1
                return
            } else if byte == UInt8(ascii: "\\") {
                flags |= JSONNode.escapesFlag
                try skipEscape()
            } else if byte < 0x20 {
                throw unexpected("inside a string, where control characters must be escaped")
            } else {
                if byte >= 0x80 { flags |= JSONNode.nonASCIIFlag }
                position += 1
            }
        }
        throw Self.error("it ends inside a string")
    }

    private mutating func skipEscape() throws {
        position += 1
        guard let escaped = peek() else { throw Self.error("it ends inside a string") }
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 1
        case UInt8(ascii: "u"):
            guard position + 4 < bytes.count,
                bytes[position + 1..<position + 5].allSatisfy({ JSONStringUnescaping.hexValue($0) != nil })
            else { throw unexpected("in a \\u escape, which needs four hexadecimal digits") }
            position += 5
        default: throw unexpected("after a backslash")
        }
    }

    private mutating func parseNumber() throws {
        let start = position
        var flags: UInt8 = 0
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), isDigit(first) else { throw unexpected("where a digit was expected") }
        position += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            flags |= JSONNode.fractionFlag
            position += 1
            guard let digit = peek(), isDigit(digit) else { throw unexpected("where a digit of the fraction was expected") }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            flags |= JSONNode.fractionFlag
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let digit = peek(), isDigit(digit) else { throw unexpected("where a digit of the exponent was expected") }
            skipDigits()
        }
        appendLeaf(.number, flags: flags, start: start, length: position - start)
    }

    private mutating func parseLiteral(_ literal: StaticString, kind: JSONNode.Kind) throws {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count,
            UnsafeBufferPointer(rebasing: bytes[position..<position + count]).elementsEqual(
                UnsafeBufferPointer(start: literal.utf8Start, count: count))
        else { throw unexpected("where a value was expected") }
        appendLeaf(kind, flags: 0, start: position, length: count)
        position += count
    }

    private mutating func appendLeaf(_ kind: JSONNode.Kind, flags: UInt8, start: Int, length: Int) {
        nodes.append(
            JSONNode(
                kind: kind, flags: flags, start: UInt32(truncatingIfNeeded: start),
                length: UInt32(truncatingIfNeeded: length), end: UInt32(truncatingIfNeeded: nodes.count + 1)))
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
            default: return
            }
        }
    }

    private mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) { position += 1 }
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    private func unexpected(_ place: String) -> DecodingError {
        guard position < bytes.count else { return Self.error("it ends \(place)") }
        let byte = bytes[position]
        let shown = (0x20..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        return Self.error("\(shown) at byte \(position) is \(place)")
    }

    private static func error(_ reason: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "The given data was not valid JSON: \(reason)."))
    }
}
