package import Foundation

/// Reads the files of a zip archive held in memory: stored and deflated entries, without zip64 or encryption.
///
/// Sizes come from the central directory and are checked against the archive and ``maxEntrySize``
/// before anything is allocated;
/// every entry's contents are checked against its CRC-32.
package struct ZipReader {
    /// One file of an archive, in archive order.
    package struct Entry: Equatable, Sendable {
        package var name: String
        package var contents: Data
    }

    /// Why an archive cannot be read.
    package struct Malformed: Error, CustomStringConvertible {
        /// What is wrong, as a clause: `it is truncated`.
        package var reason: String
        /// Whether the data is no zip archive at all, rather than a damaged one.
        package var isNotZip = false

        package var description: String { "The zip archive cannot be read: \(reason)." }
    }

    /// The largest entry, uncompressed, the reader expands.
    package static let maxEntrySize = 256 * 1024 * 1024

    private let bytes: [UInt8]

    package init(_ data: Data) {
        bytes = Array(data)
    }

    /// Whether `data` starts with a zip local file header (`PK\x03\x04`).
    package static func isZip(_ data: some Collection<UInt8>) -> Bool {
        Array(data.prefix(4)) == [0x50, 0x4B, 0x03, 0x04]
    }

    /// The files of the archive, in the order of its central directory; directories left out.
    ///
    /// - Throws: ``Malformed`` when the archive is damaged, encrypted, fails a checksum,
    ///   or uses an unsupported compression.
    package func entries() throws -> [Entry] {
        guard let end = endRecordOffset() else {
            throw Malformed(reason: "it has no end-of-directory record", isNotZip: true)
        }
        let count = try u16(end + 10)
        var offset = Int(try u32(end + 16))
        var entries: [Entry] = []
        for _ in 0..<count {
            guard try u32(offset) == 0x0201_4B50 else { throw Self.malformed("its directory is damaged") }
            let flags = try u16(offset + 8)
            let method = try u16(offset + 10)
            let checksum = try u32(offset + 16)
            let compressedSize = Int(try u32(offset + 20))
            let size = Int(try u32(offset + 24))
            let nameLength = Int(try u16(offset + 28))
            let extraLength = Int(try u16(offset + 30))
            let commentLength = Int(try u16(offset + 32))
            let localOffset = Int(try u32(offset + 42))
            let name = String(decoding: try slice(offset + 46, nameLength), as: UTF8.self)
            offset += 46 + nameLength + extraLength + commentLength
            if name.hasSuffix("/") { continue }
            guard flags & 1 == 0 else { throw Self.malformed("'\(name)' is encrypted") }
            guard size <= Self.maxEntrySize else { throw Self.malformed("'\(name)' is larger than \(Self.maxEntrySize) bytes") }
            guard try u32(localOffset) == 0x0403_4B50 else { throw Self.malformed("'\(name)' has no local header") }
            let dataOffset = localOffset + 30 + Int(try u16(localOffset + 26)) + Int(try u16(localOffset + 28))
            let stored = try slice(dataOffset, compressedSize)
            let contents: [UInt8]
            switch method {
            case 0: contents = Array(stored)
            case 8: contents = try Inflater.inflate(stored, limit: size)
            default: throw Self.malformed("'\(name)' uses compression method \(method), which the client cannot read")
            }
            guard contents.count == size else { throw Self.malformed("'\(name)' does not have its recorded size") }
            let data = Data(contents)
            guard CRC32.checksum(data) == checksum else { throw Self.malformed("'\(name)' fails its checksum") }
            entries.append(Entry(name: name, contents: data))
        }
        return entries
    }

    private func endRecordOffset() -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 65_535)
        for offset in stride(from: bytes.count - 22, through: lowest, by: -1)
        where bytes[offset] == 0x50 && (try? u32(offset)) == 0x0605_4B50 {
            return offset
        }
        return nil
    }

    private func slice(_ offset: Int, _ length: Int) throws -> ArraySlice<UInt8> {
        guard offset >= 0, length >= 0, length <= bytes.count, offset <= bytes.count - length else {
            throw Self.malformed("it is truncated")
        }
        return bytes[offset..<offset + length]
    }

    private func u16(_ offset: Int) throws -> UInt16 {
        let part = try slice(offset, 2)
        return UInt16(part[part.startIndex]) | UInt16(part[part.startIndex + 1]) << 8
    }

    private func u32(_ offset: Int) throws -> UInt32 {
        let part = try slice(offset, 4)
        return part.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    static func malformed(_ reason: String) -> Malformed {
        Malformed(reason: reason)
    }
}
