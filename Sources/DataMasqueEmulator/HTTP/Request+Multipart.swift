import Hummingbird
import NIOCore

extension Request {
    /// The largest plain (non-file) form field held in memory.
    static let maximumFieldSize = 1024 * 1024

    /// The body as `multipart/form-data` parts, read as it arrives:
    /// file parts are written to files in `spool`, plain fields kept in memory.
    /// An empty body without a content type has no parts.
    ///
    /// - Throws: ``APIError`` `415` for another content type, `400` for a malformed body,
    ///   `413` for a body larger than `limit` bytes (answered before reading when `Content-Length` says so)
    ///   or a plain field larger than ``maximumFieldSize``.
    func multipartBody(spooledIn spool: UploadSpool, upTo limit: Int) async throws -> MultipartBody {
        let contentType = headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("multipart/form-data") else {
            guard contentType.isEmpty else {
                throw APIError.detail(.unsupportedMediaType, "Unsupported media type \"\(contentType)\" in request.")
            }
            for try await chunk in body where chunk.readableBytes > 0 {
                throw APIError.detail(.unsupportedMediaType, "Unsupported media type \"\" in request.")
            }
            return MultipartBody()
        }
        guard let boundary = MultipartParser.boundary(in: contentType) else {
            throw APIError.detail(.badRequest, "Multipart form parse error - Invalid boundary in multipart: None")
        }
        if let length = headers[.contentLength].flatMap(Int.init), length > limit {
            throw APIError.bodyTooLarge(limit)
        }
        var parser = MultipartParser(boundary: boundary)
        var collector = MultipartCollector(spool: spool)
        var received = 0
        do {
            for try await chunk in body {
                received += chunk.readableBytes
                guard received <= limit else { throw APIError.bodyTooLarge(limit) }
                try parser.append(chunk) { try collector.handle($0) }
            }
            try parser.finish()
        } catch is MultipartParser.Malformed {
            throw APIError.detail(.badRequest, "Multipart form parse error - the body does not match its boundary.")
        }
        return collector.form
    }
}

/// Collects the parts a ``MultipartParser`` finds: fields in memory, files in an ``UploadSpool``.
private struct MultipartCollector {
    let spool: UploadSpool
    var form = MultipartBody()
    private var headers: MultipartBody.PartHeaders?
    private var field = ByteBuffer()
    private var file: SpoolWriter?

    init(spool: UploadSpool) {
        self.spool = spool
    }

    mutating func handle(_ event: MultipartParser.Event) throws {
        switch event {
        case .start(let headers):
            self.headers = headers
            field.clear()
            file = headers.filename == nil ? nil : try spool.makeWriter()
        case .contents(let piece):
            if let file {
                try file.write(piece)
            } else {
                guard field.readableBytes + piece.readableBytes <= Request.maximumFieldSize else {
                    throw APIError.detail(
                        .contentTooLarge, "A form field is larger than \(Request.maximumFieldSize) bytes.")
                }
                field.writeImmutableBuffer(piece)
            }
        case .end:
            guard let headers else { return }
            let contents: MultipartBody.Contents = try file.map { .file(try $0.finish()) } ?? .memory(field)
            form.parts.append(MultipartBody.Part(headers: headers, contents: contents))
            (self.headers, file, field) = (nil, nil, ByteBuffer())
        }
    }
}
