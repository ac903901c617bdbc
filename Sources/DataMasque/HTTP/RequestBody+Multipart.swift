extension RequestBody {
    /// A `multipart/form-data` body with plain fields followed by file parts.
    ///
    /// Files on disk are streamed, never held in memory whole.
    ///
    /// - Parameters:
    ///   - fields: Plain form fields, sent in order before the files.
    ///   - files: For each file, its form field name, its content, and its content type.
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   when a file on disk does not exist or is not a regular file.
    public static func multipart(
        fields: [(name: String, value: String)] = [],
        files: [(field: String, source: UploadSource, contentType: String)]
    ) throws -> RequestBody {
        var form = MultipartForm()
        form.fields = fields
        form.files = files.map {
            MultipartForm.FilePart(field: $0.field, source: $0.source, contentType: $0.contentType)
        }
        return try form.body()
    }
}
