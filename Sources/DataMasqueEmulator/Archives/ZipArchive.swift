import Foundation
import DataMasque

/// A minimal zip writer for stored (uncompressed) entries:
/// local headers, a central directory and the end record, without zip64;
/// it reads archives with the library's `ZipReader`.
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

    /// The entries of an archive, in central directory order, read with the library's `ZipReader`.
    ///
    /// - Throws: ``APIError`` `400` when `data` is not a zip archive,
    ///   or holds an encrypted, corrupt or unsupported entry.
    static func entries(of data: Data) throws -> [Entry] {
        do {
            return try ZipReader(data).entries().map { Entry(name: $0.name, contents: $0.contents) }
        } catch let error as ZipReader.Malformed {
            throw APIError.detail(.badRequest, error.isNotZip ? "The file is not a zip archive." : "\(error)")
        }
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
}
