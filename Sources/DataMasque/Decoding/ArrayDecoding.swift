/// Arrays read straight from a ``JSONDocument``, with their capacity reserved,
/// rather than element by element through an unkeyed container.
protocol ArrayDecoding {
    static func decodeElements(of document: JSONDocument, at index: Int, path: CodingPathNode?) throws -> Self
}

extension Array: ArrayDecoding where Element: Decodable {
    static func decodeElements(of document: JSONDocument, at index: Int, path: CodingPathNode?) throws -> [Element] {
        let count = Int(document.nodes[index].length)
        var elements: [Element] = []
        elements.reserveCapacity(count)
        var cursor = index + 1
        for position in 0..<count {
            elements.append(try document.decode(Element.self, at: cursor, parent: path, key: ArrayIndexKey(position)))
            cursor = Int(document.nodes[cursor].end)
        }
        return elements
    }
}
