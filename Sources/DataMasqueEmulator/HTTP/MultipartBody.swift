import NIOCore

/// The parts of a `multipart/form-data` request body.
struct MultipartBody {
    /// One form field or file.
    struct Part: Sendable {
        /// The form field name from `Content-Disposition`.
        var name: String
        /// The file name, present for file parts only.
        var filename: String?
        var contentType: String?
        /// The part's bytes, sharing storage with the request body.
        var contents: ByteBuffer
    }

    var parts: [Part] = []

    /// The text of the first plain field called `name`.
    func value(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }.map { String(buffer: $0.contents) }
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
        guard file.contents.readableBytes > 0 else {
            errors[name] = ["The submitted file is empty."]
            return nil
        }
        return file
    }
}
