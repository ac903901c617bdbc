import Hummingbird

extension Request {
    /// The body as `multipart/form-data` parts, up to ``maximumBodySize`` bytes;
    /// an empty body without a content type has no parts.
    ///
    /// - Throws: ``APIError`` `415` for another content type, `400` for a malformed body,
    ///   `413` for a larger body.
    func multipartBody() async throws -> MultipartBody {
        var request = self
        let buffer = try await request.collectBody(upTo: Self.maximumBodySize)
        let contentType = headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("multipart/form-data") else {
            guard contentType.isEmpty, buffer.readableBytes == 0 else {
                throw APIError.detail(.unsupportedMediaType, "Unsupported media type \"\(contentType)\" in request.")
            }
            return MultipartBody()
        }
        guard let boundary = MultipartParser.boundary(in: contentType) else {
            throw APIError.detail(.badRequest, "Multipart form parse error - Invalid boundary in multipart: None")
        }
        guard let parts = MultipartParser.parts(of: buffer, boundary: boundary) else {
            throw APIError.detail(.badRequest, "Multipart form parse error - the body does not match its boundary.")
        }
        return MultipartBody(parts: parts)
    }
}
