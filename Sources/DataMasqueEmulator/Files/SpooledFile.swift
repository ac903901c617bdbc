import Foundation
import Hummingbird
import NIOCore

/// An uploaded file on disk, in the emulator's ``UploadSpool``;
/// it is removed from disk when the last reference to it goes.
final class SpooledFile: Sendable {
    /// How many bytes a download reads from disk at a time.
    static let chunkSize = 256 * 1024

    let url: URL
    /// The number of bytes.
    let size: Int

    init(url: URL, size: Int) {
        self.url = url
        self.size = size
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The whole file in memory.
    ///
    /// - Throws: ``APIError`` `413` when it is larger than `limit` bytes;
    ///   an error when it cannot be read.
    func bytes(upTo limit: Int) throws -> ByteBuffer {
        guard size <= limit else { throw APIError.bodyTooLarge(limit) }
        return ByteBuffer(data: try Data(contentsOf: url))
    }

    /// The file as a response body, read from disk a chunk at a time as the client takes it.
    var responseBody: ResponseBody {
        ResponseBody(contentLength: size) { [self] writer in
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
                try await writer.write(ByteBuffer(data: chunk))
            }
            try await writer.finish(nil)
        }
    }
}
