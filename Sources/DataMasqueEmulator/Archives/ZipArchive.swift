import Foundation

/// A minimal zip writer and reader for stored (uncompressed) entries:
/// local headers, a central directory and the end record, without zip64.
enum ZipArchive {
    /// One file in an archive.
    struct Entry: Equatable {
        var name: String
        var contents: Data
    }

    private static let localSignature: UInt32 = 0x0403_4b50
    private static let centralSignature: UInt32 = 0x0201_4b50
    private static let endSignature: UInt32 = 0x0605_4b50
    /// Zip 2.0, the version that stored entries need.
    private static let version: UInt16 = 20
    /// General purpose flag bit 11: names are UTF-8.
    private static let utf8Flag: UInt16 = 0x0800

    /// The archive of `entries`, each stored uncompressed with modification time `modified`.
    static func make(_ entries: [Entry], modified: Date) -> Data {
        let (time, date) = dosTimestamp(modified)
        var archive: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let size = UInt32(truncatingIfNeeded: entry.contents.count)
            let common =
                version.littleEndianBytes + utf8Flag.littleEndianBytes + UInt16(0).littleEndianBytes
                + time.littleEndianBytes + date.littleEndianBytes + CRC32.checksum(entry.contents).littleEndianBytes
                + size.littleEndianBytes + size.littleEndianBytes + UInt16(name.count).littleEndianBytes
                + UInt16(0).littleEndianBytes
            directory += centralSignature.littleEndianBytes + version.littleEndianBytes + common
            directory += UInt16(0).littleEndianBytes + UInt16(0).littleEndianBytes + UInt16(0).littleEndianBytes
            directory += (UInt32(0o100644) << 16).littleEndianBytes
            directory += UInt32(truncatingIfNeeded: archive.count).littleEndianBytes + name
            archive += localSignature.littleEndianBytes + common + name + entry.contents
        }
        let count = UInt16(truncatingIfNeeded: entries.count)
        let end =
            endSignature.littleEndianBytes + UInt16(0).littleEndianBytes + UInt16(0).littleEndianBytes
            + count.littleEndianBytes + count.littleEndianBytes
            + UInt32(truncatingIfNeeded: directory.count).littleEndianBytes
            + UInt32(truncatingIfNeeded: archive.count).littleEndianBytes + UInt16(0).littleEndianBytes
        return Data(archive + directory + end)
    }

    /// The entries of an archive of stored entries, in central directory order.
    ///
    /// - Throws: ``APIError`` `400` when `data` is not a zip archive,
    ///   or holds a compressed, encrypted or corrupt entry.
    static func entries(of data: Data) throws -> [Entry] {
        let bytes = Reader(bytes: [UInt8](data))
        guard
            let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 0xffff), by: -1)
                .first(where: { (try? bytes.u32($0)) == endSignature })
        else { throw invalid("The file is not a zip archive.") }
        let count = Int(try bytes.u16(end + 10))
        var offset = Int(try bytes.u32(end + 16))
        var entries: [Entry] = []
        for _ in 0..<count {
            guard try bytes.u32(offset) == centralSignature else { throw invalid("The zip central directory is corrupt.") }
            let (flags, method) = (try bytes.u16(offset + 8), try bytes.u16(offset + 10))
            let (crc, compressed, size) = (try bytes.u32(offset + 16), try bytes.u32(offset + 20), try bytes.u32(offset + 24))
            let nameLength = Int(try bytes.u16(offset + 28))
            let skip = Int(try bytes.u16(offset + 30)) + Int(try bytes.u16(offset + 32))
            let local = Int(try bytes.u32(offset + 42))
            let name = String(decoding: try bytes.slice(offset + 46, nameLength), as: UTF8.self)
            guard method == 0, flags & 1 == 0, compressed == size else {
                throw invalid("The zip entry \(name) is compressed or encrypted; only stored entries are supported.")
            }
            guard try bytes.u32(local) == localSignature else { throw invalid("The zip entry \(name) is corrupt.") }
            let start = local + 30 + Int(try bytes.u16(local + 26)) + Int(try bytes.u16(local + 28))
            let contents = Data(try bytes.slice(start, Int(size)))
            guard CRC32.checksum(contents) == crc else { throw invalid("The zip entry \(name) fails its checksum.") }
            entries.append(Entry(name: name, contents: contents))
            offset += 46 + nameLength + skip
        }
        return entries
    }

    private static func invalid(_ message: String) -> APIError {
        APIError.detail(.badRequest, message)
    }

    /// The MS-DOS time and date of `date` in UTC, clamped to 1980, the earliest zip can store.
    private static func dosTimestamp(_ date: Date) -> (time: UInt16, date: UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = max(1980, parts.year ?? 1980)
        let time = (parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2
        let day = (year - 1980) << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1)
        return (UInt16(truncatingIfNeeded: time), UInt16(truncatingIfNeeded: day))
    }

    /// Bounds-checked little-endian reads.
    private struct Reader {
        let bytes: [UInt8]
        var count: Int { bytes.count }

        func slice(_ offset: Int, _ length: Int) throws -> ArraySlice<UInt8> {
            guard offset >= 0, length >= 0, offset <= bytes.count - length else {
                throw ZipArchive.invalid("The zip archive is truncated.")
            }
            return bytes[offset..<offset + length]
        }

        func u16(_ offset: Int) throws -> UInt16 {
            try slice(offset, 2).reversed().reduce(0) { $0 << 8 | UInt16($1) }
        }

        func u32(_ offset: Int) throws -> UInt32 {
            try slice(offset, 4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
    }
}
