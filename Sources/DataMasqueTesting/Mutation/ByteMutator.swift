/// Makes seeded, repeatable changes to raw bytes: one byte replaced, removed or inserted,
/// the bytes cut short, or a short run repeated.
package enum ByteMutator {
    /// Bytes that matter to JSON, multipart and query parsers, plus a few invalid in UTF-8.
    private static let interesting: [UInt8] = Array("{}[]\",:\\ 0-.eEtfn=&%;\r\n\u{7F}".utf8) + [0x00, 0xC3, 0xFF]

    /// `bytes` with one change chosen by `generator`, and a description of it.
    package static func mutate(_ bytes: [UInt8], using generator: inout SeededGenerator) -> (bytes: [UInt8], summary: String) {
        var bytes = bytes
        guard !bytes.isEmpty else { return ([Self.interesting.randomElement(using: &generator) ?? 0], "filled empty") }
        let position = Int.random(in: 0..<bytes.count, using: &generator)
        let byte = interesting.randomElement(using: &generator) ?? 0
        switch Int.random(in: 0..<5, using: &generator) {
        case 0:
            bytes[position] = byte
            return (bytes, "byte \(position) set to \(byte)")
        case 1:
            bytes.remove(at: position)
            return (bytes, "byte \(position) removed")
        case 2:
            bytes.insert(byte, at: position)
            return (bytes, "byte \(byte) inserted at \(position)")
        case 3:
            bytes.removeSubrange(position...)
            return (bytes, "cut at \(position)")
        default:
            let end = min(bytes.count, position + Int.random(in: 1...16, using: &generator))
            bytes.insert(contentsOf: bytes[position..<end], at: end)
            return (bytes, "bytes \(position)..<\(end) repeated")
        }
    }
}
