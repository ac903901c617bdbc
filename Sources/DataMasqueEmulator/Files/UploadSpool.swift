import Foundation
import NIOCore

/// The temporary directory where the emulator keeps uploaded files,
/// so an upload of any size up to ``EmulatorConfiguration/maximumUploadSize`` never sits in memory.
///
/// Each file is removed when nothing refers to it any more
/// (it was deleted, the emulator was reset, or its upload failed);
/// the directory goes when the emulator ends.
final class UploadSpool: Sendable {
    /// Where the files are; created on first use.
    let directory: URL

    init() {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("datamasque-emulator-\(UUID().uuidString.lowercased())", isDirectory: true)
    }

    deinit {
        removeAll()
    }

    /// Starts a new, empty file.
    ///
    /// - Throws: When the file cannot be created.
    func makeWriter() throws -> SpoolWriter {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try SpoolWriter(url: directory.appendingPathComponent(UUID().uuidString.lowercased()))
    }

    /// A file holding `data`.
    ///
    /// - Throws: When the file cannot be written.
    func store(_ data: Data) throws -> SpooledFile {
        let writer = try makeWriter()
        try writer.write(ByteBuffer(data: data))
        return try writer.finish()
    }

    /// Removes the directory and every file in it.
    func removeAll() {
        try? FileManager.default.removeItem(at: directory)
    }
}
