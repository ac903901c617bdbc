public import Foundation

/// The content of a file to upload: a file on disk, bytes in memory, or a stream.
///
/// A file on disk is read in chunks as it is sent, never held in memory whole,
/// and is read again from the start if the request must be replayed after a re-login.
public enum UploadSource: Sendable {
    /// A file on disk; its name is sent as the upload's file name.
    case file(URL)
    /// Bytes in memory, sent under `filename`.
    case data(Data, filename: String)
    /// Chunks produced on demand, sent under `filename`.
    ///
    /// `makeChunks` is called once per attempt, so it must be able to start over.
    case stream(length: Int?, filename: String, makeChunks: @Sendable () throws -> AsyncThrowingStream<Data, any Error>)

    /// The file name sent with the content.
    public var filename: String {
        switch self {
        case .file(let url): url.lastPathComponent
        case .data(_, let filename), .stream(_, let filename, _): filename
        }
    }

    /// The size in bytes, when known without reading the content.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   when a file does not exist or is not a regular file.
    func length() throws -> Int? {
        switch self {
        case .file(let url):
            let attributes: [FileAttributeKey: Any]
            do {
                attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            } catch {
                throw DataMasqueError(code: .configuration, message: "Cannot read '\(url.path)': no such file.")
            }
            guard attributes[.type] as? FileAttributeType == .typeRegular, let size = attributes[.size] as? Int else {
                throw DataMasqueError(code: .configuration, message: "'\(url.path)' is not a regular file.")
            }
            return size
        case .data(let data, _):
            return data.count
        case .stream(let length, _, _):
            return length
        }
    }

    /// The content in chunks, read from the start.
    ///
    /// A file is read one chunk per request for the next,
    /// so no more than a chunk of it is in memory however slowly the server takes it.
    func chunks(size: Int = 256 * 1024) throws -> AsyncThrowingStream<Data, any Error> {
        switch self {
        case .data(let data, _):
            return AsyncThrowingStream { continuation in
                continuation.yield(data)
                continuation.finish()
            }
        case .stream(_, _, let makeChunks):
            return try makeChunks()
        case .file(let url):
            let handle = try FileHandle(forReadingFrom: url)
            return AsyncThrowingStream {
                try Task.checkCancellation()
                guard let chunk = try handle.read(upToCount: size), !chunk.isEmpty else {
                    try? handle.close()
                    return nil
                }
                return chunk
            }
        }
    }
}
