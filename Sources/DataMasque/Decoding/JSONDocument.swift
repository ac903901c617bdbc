import Foundation

/// A parsed JSON text: its bytes and one node per value, in document order.
///
/// A container's node is followed by its children:
/// an array's elements, or an object's members as key and value nodes in turn.
/// Every node records where its subtree ends, so a reader can step over any value without looking inside it.
final class JSONDocument {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let nodes: [JSONNode]

    /// Parses `data`.
    ///
    /// - Throws: `DecodingError.dataCorrupted` naming the first byte that is not valid JSON.
    init(parsing data: Data) throws {
        // At least one byte, as allocating none may not give a valid address; only `data.count` are parsed.
        bytes = .allocate(capacity: max(data.count, 1))
        let copied = bytes.initialize(fromContentsOf: data)
        do {
            var parser = try JSONParser(bytes: UnsafeBufferPointer(rebasing: bytes[..<copied]))
            nodes = try parser.parseDocument()
        } catch {
            bytes.deallocate()
            throw error
        }
    }

    deinit { bytes.deallocate() }

    /// The UTF-8 bytes a string or number node covers; a string's quotes are not included.
    func span(of node: JSONNode) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.start) + Int(node.length)])
    }

    /// The text of a string node, escapes resolved; `nil` when it is not valid UTF-8.
    func string(of node: JSONNode) -> String? {
        let span = span(of: node)
        if node.hasEscapes { return JSONStringUnescaping.unescape(span) }
        if node.isASCII { return String(decoding: span, as: UTF8.self) }
        return String(validating: span, as: UTF8.self)
    }

    /// Whether string node `node` holds exactly the UTF-8 bytes `text`.
    func string(_ node: JSONNode, equals text: UnsafeBufferPointer<UInt8>) -> Bool {
        if node.hasEscapes {
            guard let resolved = string(of: node) else { return false }
            return resolved.utf8.elementsEqual(text)
        }
        guard Int(node.length) == text.count else { return false }
        guard let base = text.baseAddress else { return true }
        return memcmp(bytes.baseAddress! + Int(node.start), base, text.count) == 0
    }
}

/// One JSON value in a ``JSONDocument``.
struct JSONNode {
    enum Kind: UInt8 {
        case null, `true`, `false`, number, string, array, object
    }

    var kind: Kind
    /// Flags: for strings, escapes and non-ASCII bytes; for numbers, a fraction or an exponent.
    var flags: UInt8
    /// For strings and numbers, the offset of the first byte (after a string's opening quote).
    var start: UInt32
    /// For strings and numbers, the byte count; for arrays, the element count; for objects, the member count.
    var length: UInt32
    /// The index of the first node after this value's subtree.
    var end: UInt32

    static let escapesFlag: UInt8 = 1
    static let nonASCIIFlag: UInt8 = 2
    static let fractionFlag: UInt8 = 4

    var hasEscapes: Bool { flags & Self.escapesFlag != 0 }
    var isASCII: Bool { flags & Self.nonASCIIFlag == 0 }
    var isWholeNumberText: Bool { flags & Self.fractionFlag == 0 }
}
