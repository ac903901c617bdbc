import Foundation
import DataMasque
import Hummingbird
import NIOCore

/// A minimal `.tar.gz` writer: one ustar entry in a gzip stream of stored (uncompressed) deflate blocks,
/// which every gzip reader accepts, generated as it is sent.
struct TarGzArchive: Sendable {
    /// The largest entry a ustar header can describe (eleven octal digits).
    static let maximumEntrySize = 8 * 1024 * 1024 * 1024 - 1

    /// The longest stored deflate block.
    private static let blockSize = 0xffff
    /// How many deflate blocks each write to the client carries.
    private static let blocksPerWrite = 4

    private let header: [UInt8]
    private let pattern: [UInt8]
    private let entrySize: Int
    private let modified: Int

    /// An archive of one file called `name`, modified at `modified`, with mode `0644`,
    /// whose `size` bytes (at most ``maximumEntrySize``) repeat `pattern`.
    init(name: String, repeating pattern: [UInt8], size: Int, modified: Date) {
        self.pattern = pattern.isEmpty ? [0x0a] : pattern
        entrySize = min(max(0, size), Self.maximumEntrySize)
        self.modified = Int(modified.timeIntervalSince1970)
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int) {
            for (index, byte) in text.utf8.prefix(100).enumerated() { header[offset + index] = byte }
        }
        put(name, at: 0)
        put("0000644", at: 100)
        put("0000000", at: 108)
        put("0000000", at: 116)
        put(Self.octal(entrySize, digits: 11), at: 124)
        put(Self.octal(self.modified, digits: 11), at: 136)
        put("        ", at: 148)
        put("0", at: 156)
        put("ustar", at: 257)
        put("00", at: 263)
        put("root", at: 265)
        put("root", at: 297)
        put(Self.octal(header.reduce(0) { $0 + Int($1) }, digits: 6), at: 148)
        header[154] = 0
        self.header = header
    }

    /// The size of the tar stream: header, contents padded to 512 bytes, and two empty blocks.
    private var tarSize: Int { 512 + (entrySize + 511) / 512 * 512 + 1024 }

    /// The size of the whole `.tar.gz`.
    var size: Int {
        let blocks = (tarSize + Self.blockSize - 1) / Self.blockSize
        return 10 + blocks * 5 + tarSize + 8
    }

    /// The archive as a response body, generated a few blocks at a time as the client takes it.
    var responseBody: ResponseBody {
        ResponseBody(contentLength: size) { [self] writer in
            var (offset, checksum): (Int, UInt32) = (0, 0)
            try await writer.write(gzipHeader)
            while offset < tarSize {
                var buffer = ByteBufferAllocator().buffer(capacity: Self.blocksPerWrite * (Self.blockSize + 5))
                for _ in 0..<Self.blocksPerWrite where offset < tarSize {
                    appendBlock(at: offset, checksum: &checksum, to: &buffer)
                    offset += Self.blockSize
                }
                try await writer.write(buffer)
            }
            try await writer.write(trailer(checksum: checksum))
            try await writer.finish(nil)
        }
    }

    private var gzipHeader: ByteBuffer {
        ByteBuffer(bytes: [0x1f, 0x8b, 8, 0] + UInt32(truncatingIfNeeded: modified).littleEndianBytes + [0, 3])
    }

    private func trailer(checksum: UInt32) -> ByteBuffer {
        ByteBuffer(bytes: checksum.littleEndianBytes + UInt32(truncatingIfNeeded: tarSize).littleEndianBytes)
    }

    /// Appends the stored deflate block of the tar bytes from `offset`, adding them to `checksum`.
    private func appendBlock(at offset: Int, checksum: inout UInt32, to buffer: inout ByteBuffer) {
        let length = min(Self.blockSize, tarSize - offset)
        buffer.writeBytes([offset + length == tarSize ? 1 : 0])
        buffer.writeBytes(UInt16(length).littleEndianBytes + (~UInt16(length)).littleEndianBytes)
        let start = buffer.writerIndex
        var position = offset
        let end = offset + length
        while position < end {
            if position < 512 {
                let count = min(end, 512) - position
                buffer.writeBytes(header[position..<position + count])
                position += count
            } else if position < 512 + entrySize {
                let phase = (position - 512) % pattern.count
                let count = min(end, 512 + entrySize, position + pattern.count - phase) - position
                buffer.writeBytes(pattern[phase..<phase + count])
                position += count
            } else {
                buffer.writeRepeatingByte(0, count: end - position)
                position = end
            }
        }
        checksum = buffer.withUnsafeReadableBytes {
            CRC32.update(checksum, with: UnsafeRawBufferPointer(rebasing: $0[(start - buffer.readerIndex)...]))
        }
    }

    private static func octal(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 8)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
