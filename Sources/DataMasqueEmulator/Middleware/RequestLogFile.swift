import Foundation

/// An append-only file of JSON lines, one per request.
final class RequestLogFile {
    private let handle: FileHandle

    /// Opens `path` for appending, creating it when missing.
    init(path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
    }

    deinit {
        try? handle.close()
    }

    func append(_ request: RecordedRequest) throws {
        try handle.write(contentsOf: EmulatorJSON.encode(request) + Data("\n".utf8))
    }
}
