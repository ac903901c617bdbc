import NIOCore

/// The parts of a `multipart/form-data` request body.
///
/// Plain fields are held in memory;
/// files are spooled to disk as they arrive.
struct MultipartBody {
    /// What a part's headers say about it.
    struct PartHeaders: Sendable {
        /// The form field name from `Content-Disposition`.
        var name: String
        /// The file name, present for file parts only.
        var filename: String?
        var contentType: String?
    }

    /// Where a part's bytes are.
    enum Contents: Sendable {
        /// A plain field's bytes, in memory.
        case memory(ByteBuffer)
        /// A file's bytes, on disk.
        case file(SpooledFile)

        /// The number of bytes.
        var size: Int {
            switch self {
            case .memory(let buffer): buffer.readableBytes
            case .file(let file): file.size
            }
        }
    }

    /// One form field or file.
    struct Part: Sendable {
        var headers: PartHeaders
        var contents: Contents

        var name: String { headers.name }
        var filename: String? { headers.filename }
        var contentType: String? { headers.contentType }

        /// The part's bytes in memory.
        ///
        /// - Throws: ``APIError`` `413` when there are more than `limit`.
        func bytes(upTo limit: Int) throws -> ByteBuffer {
            switch contents {
            case .memory(let buffer):
                guard buffer.readableBytes <= limit else { throw APIError.bodyTooLarge(limit) }
                return buffer
            case .file(let file):
                return try file.bytes(upTo: limit)
            }
        }
    }

    var parts: [Part] = []

    /// The text of the first plain field called `name`.
    func value(_ name: String) -> String? {
        for part in parts where part.name == name && part.filename == nil {
            if case .memory(let buffer) = part.contents { return String(buffer: buffer) }
        }
        return nil
    }

    /// The non-blank text of field `name`; `nil` with an error added when missing or blank.
    func requiredValue(_ name: String, errors: inout [String: [String]]) -> String? {
        guard let value = value(name) else {
            errors[name] = ["This field is required."]
            return nil
        }
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            errors[name] = ["This field may not be blank."]
            return nil
        }
        return value
    }

    /// The non-empty file uploaded as field `name`;
    /// `nil` with DRF's file-field error added otherwise.
    func requiredFile(_ name: String, errors: inout [String: [String]]) -> Part? {
        guard let file = parts.first(where: { $0.name == name && $0.filename != nil }) else {
            errors[name] = [
                value(name) == nil
                    ? "No file was submitted."
                    : "The submitted data was not a file. Check the encoding type on the form."
            ]
            return nil
        }
        guard file.contents.size > 0 else {
            errors[name] = ["The submitted file is empty."]
            return nil
        }
        return file
    }
}
