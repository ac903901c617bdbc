import Foundation

/// Reads several upload sources one after another, one chunk per call,
/// so a body made of them is read only as fast as it is sent.
actor SegmentCursor {
    private var segments: ArraySlice<UploadSource>
    private var current: AsyncThrowingStream<Data, any Error>.AsyncIterator?

    init(_ segments: [UploadSource]) {
        self.segments = segments[...]
    }

    /// The next chunk; `nil` after the last segment's last chunk.
    ///
    /// - Throws: What reading a segment throws.
    func next() async throws -> Data? {
        while true {
            if var iterator = current {
                let chunk = try await iterator.next(isolation: self)
                current = iterator
                if let chunk { return chunk }
                current = nil
            }
            guard let segment = segments.popFirst() else { return nil }
            current = try segment.chunks().makeAsyncIterator()
        }
    }
}
