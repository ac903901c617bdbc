import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock held while a closure runs,
/// so that processes changing the same file take turns.
enum FileLock {
    /// Runs `body` holding an exclusive `flock` on the directory of `path`;
    /// waits while another process holds it.
    /// Locking the directory, not a lock file, leaves nothing behind beside the file.
    /// The directory is created with mode `0700` if it is missing.
    ///
    /// - Throws: ``AtomicFile/Failure`` when the directory cannot be opened or locked, or what `body` throws.
    static func withExclusiveLock<Result>(onDirectoryOf path: String, _ body: () throws -> Result) throws -> Result {
        let directory = try AtomicFile.createDirectory(of: path)
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw AtomicFile.Failure(action: "open \(directory) to lock it") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw AtomicFile.Failure(action: "lock \(directory)") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
