import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat

/// Streams a response body into a file that appears only once complete.
enum DownloadFile {
    static func write(_ body: HTTPClientResponse.Body, to destination: URL) async throws {
        let directory = destination.deletingLastPathComponent()
        let partial = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
            throw DataMasqueError(
                code: .configuration,
                message: "Cannot create a file in '\(directory.path)' for the download."
            )
        }
        do {
            let handle = try FileHandle(forWritingTo: partial)
            defer { try? handle.close() }
            for try await chunk in body {
                try handle.write(contentsOf: Data(buffer: chunk))
            }
            try Task.checkCancellation()
            try handle.synchronize()
            if FileManager.default.fileExists(atPath: destination.path) {
                _ = try FileManager.default.replaceItemAt(destination, withItemAt: partial)
            } else {
                try FileManager.default.moveItem(at: partial, to: destination)
            }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }
}
