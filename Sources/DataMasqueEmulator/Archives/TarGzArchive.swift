import Foundation

/// A minimal `.tar.gz` writer: ustar entries in a gzip stream of stored (uncompressed) deflate blocks,
/// which every gzip reader accepts.
enum TarGzArchive {
    /// The archive of `files`, each with mode `0644` and modification time `modified`.
    static func make(_ files: [(name: String, contents: Data)], modified: Date) -> Data {
        let seconds = Int(modified.timeIntervalSince1970)
        return gzip(tar(files, modified: seconds), modified: seconds)
    }

    private static func tar(_ files: [(name: String, contents: Data)], modified: Int) -> Data {
        var archive = Data()
        for file in files {
            var header = [UInt8](repeating: 0, count: 512)
            func put(_ text: String, at offset: Int) {
                for (index, byte) in text.utf8.prefix(100).enumerated() { header[offset + index] = byte }
            }
            put(file.name, at: 0)
            put("0000644", at: 100)
            put("0000000", at: 108)
            put("0000000", at: 116)
            put(octal(file.contents.count, digits: 11), at: 124)
            put(octal(modified, digits: 11), at: 136)
            put("        ", at: 148)
            put("0", at: 156)
            put("ustar", at: 257)
            put("00", at: 263)
            put("root", at: 265)
            put("root", at: 297)
            put(octal(header.reduce(0) { $0 + Int($1) }, digits: 6), at: 148)
            header[154] = 0
            archive += header + file.contents
            archive += Data(count: (512 - file.contents.count % 512) % 512)
        }
        return archive + Data(count: 1024)
    }

    private static func gzip(_ data: Data, modified: Int) -> Data {
        var output: [UInt8] = [0x1f, 0x8b, 8, 0] + UInt32(truncatingIfNeeded: modified).littleEndianBytes + [0, 3]
        var offset = 0
        repeat {
            let length = min(0xffff, data.count - offset)
            output.append(offset + length == data.count ? 1 : 0)
            output += UInt16(length).littleEndianBytes + (~UInt16(length)).littleEndianBytes
            output += data[data.startIndex + offset..<data.startIndex + offset + length]
            offset += length
        } while offset < data.count
        output += CRC32.checksum(data).littleEndianBytes + UInt32(truncatingIfNeeded: data.count).littleEndianBytes
        return Data(output)
    }

    private static func octal(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 8)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
