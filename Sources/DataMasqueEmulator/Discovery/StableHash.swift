/// A 64-bit FNV-1a hash of text, the same in every process,
/// from which the emulator derives its made-up schemas, files and statistics.
enum StableHash {
    static func of(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// A number in `range` drawn from `text`.
    static func number(_ text: String, in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(of(text) % UInt64(range.count))
    }
}
