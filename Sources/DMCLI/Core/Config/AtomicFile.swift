import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the old or the new contents, never a partial one,
/// and only its owner can read it.
enum AtomicFile {
    /// Writes `data` to a temporary file with mode `0600` in the same directory,
    /// flushes it to disk, renames it over `path` and flushes the directory,
    /// so the new name survives a crash.
    /// The directory is created with mode `0700` if it is missing.
    ///
    /// - Throws: An error naming the path and the system's reason.
    static func write(_ data: Data, to path: String) throws {
        let directory = try createDirectory(of: path)
        let temporary = directory + "/.\((path as NSString).lastPathComponent).\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw Failure(action: "create \(temporary)") }
        do {
            defer { close(descriptor) }
            try writeAll(data, to: descriptor, path: temporary)
            guard fchmod(descriptor, 0o600) == 0, fsync(descriptor) == 0 else {
                throw Failure(action: "flush \(temporary)")
            }
            guard rename(temporary, path) == 0 else { throw Failure(action: "replace \(path)") }
        } catch {
            unlink(temporary)
            throw error
        }
        let directoryDescriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard directoryDescriptor >= 0 else { throw Failure(action: "open \(directory)") }
        defer { close(directoryDescriptor) }
        guard fsync(directoryDescriptor) == 0 else { throw Failure(action: "flush \(directory)") }
    }

    /// Creates the directory of `path` with mode `0700` if it is missing, and returns it (`.` for a bare name).
    ///
    /// - Throws: The file manager's error when it cannot be created.
    @discardableResult
    static func createDirectory(of path: String) throws -> String {
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return directory
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw Failure(action: "write \(path)") }
                offset += written
            }
        }
    }

    /// A failed system call, described with the system's reason.
    struct Failure: Error, CustomStringConvertible {
        let description: String

        /// Describes `action`, reading `errno` at once.
        init(action: String) {
            description = "could not \(action): \(String(cString: strerror(errno)))"
        }
    }
}
