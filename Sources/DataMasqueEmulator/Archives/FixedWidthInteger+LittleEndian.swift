extension FixedWidthInteger {
    /// The value's bytes, least significant first, as archive formats store them.
    var littleEndianBytes: [UInt8] {
        (0..<Self.bitWidth / 8).map { UInt8(truncatingIfNeeded: self >> ($0 * 8)) }
    }
}
