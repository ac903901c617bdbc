import Foundation
import NIOCore

/// Writes one file of an ``UploadSpool``; the file is removed unless ``finish()`` is reached.
final class SpoolWriter {
    private let url: URL
    private let handle: FileHandle
    private var size = 0
    private var finished = false

    init(url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        self.url = url
        handle = try FileHandle(forWritingTo: url)
    }

    deinit {
        guard !finished else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    /// Appends `bytes`.
    func write(_ bytes: ByteBuffer) throws {
        try bytes.withUnsafeReadableBytes { try handle.write(contentsOf: $0) }
        size += bytes.readableBytes
    }

    /// Closes the file and hands it over.
    func finish() throws -> SpooledFile {
        try handle.close()
        finished = true
        return SpooledFile(url: url, size: size)
    }
}
