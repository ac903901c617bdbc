package import Foundation

/// The CRC-32 checksum (IEEE 802.3 polynomial) that gzip and zip store.
package enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xedb8_8320 : crc >> 1 }
        return crc
    }

    /// The checksum of `data`.
    package static func checksum(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { update(0, with: $0) }
    }

    /// The checksum of the bytes checksummed so far (`checksum`, `0` for none) followed by `bytes`.
    package static func update(_ checksum: UInt32, with bytes: UnsafeRawBufferPointer) -> UInt32 {
        table.withUnsafeBufferPointer { table in
            var crc = ~checksum
            for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xff)] ^ (crc >> 8) }
            return ~crc
        }
    }
}
