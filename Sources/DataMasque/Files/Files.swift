public import Foundation

extension DataMasqueClient {
    /// The files stored on a DataMasque instance: seed files, Oracle wallets, SSL zips and Snowflake keys.
    ///
    /// Reach it through ``DataMasqueClient/files``.
    ///
    /// ```swift
    /// let cities = URL(fileURLWithPath: "seeds/cities.csv")
    /// if let uploaded = try await client.files.uploadIfNotExists(type: .seed, file: cities) {
    ///     print("uploaded", uploaded.name)
    /// }
    /// ```
    ///
    /// Uploads from disk are streamed: a file is read in chunks as it is sent, never held in memory whole.
    public struct Files: Sendable {
        let client: DataMasqueClient

        /// Every file of `type`, in the server's order.
        public func list(type: FileType) async throws -> [UploadedFile] {
            try await client.get([UploadedFile].self, type.collectionPath, operation: "files.list").map { file in
                var file = file
                file.type = type
                return file
            }
        }

        /// The first file of `type` with exactly this name, or `nil`.
        public func get(type: FileType, named name: String) async throws -> UploadedFile? {
            try await list(type: type).first { $0.name == name }
        }

        /// Uploads a file of `type` under the display name `name`.
        ///
        /// ```swift
        /// let key = try await client.files.upload(
        ///     type: .snowflakeKey, name: "loader-key", source: .file(URL(fileURLWithPath: "rsa_key.p8")))
        /// ```
        ///
        /// - Parameters:
        ///   - type: The kind of file, which decides where and how it is sent.
        ///   - name: The display name, which rulesets and connections refer to.
        ///   - source: The content; its file name is sent as the upload's file name.
        /// - Returns: The stored file, with its id.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when a file on disk does not exist,
        ///   ``DataMasqueError/Code/api`` when the server refuses the upload.
        public func upload(type: FileType, name: String, source: UploadSource) async throws -> UploadedFile {
            let body = try RequestBody.multipart(
                fields: [(name: "name", value: name)] + type.extraFormFields,
                files: [(field: type.uploadField, source: source, contentType: "application/octet-stream")])
            let response = try await client.send(.POST, type.collectionPath, body: body, operation: "files.upload")
            var file = try DataMasqueClient.decode(
                UploadedFile.self, from: response, for: .init(method: "POST", path: type.collectionPath))
            file.type = type
            return file
        }

        /// Uploads the file at `file` under its own name, unless a file of `type` with that name exists.
        ///
        /// - Returns: The uploaded file, or `nil` when one with the same name was already there.
        /// - Throws: ``DataMasqueError`` as ``upload(type:name:source:)``.
        public func uploadIfNotExists(type: FileType, file: URL) async throws -> UploadedFile? {
            let name = file.lastPathComponent
            guard try await get(type: type, named: name) == nil else { return nil }
            return try await upload(type: type, name: name, source: .file(file))
        }

        /// Deletes `file`; does nothing if it is already gone.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `file` has no id or no ``UploadedFile/type``.
        public func deleteIfExists(_ file: UploadedFile) async throws {
            guard let id = file.id, let type = file.type else {
                throw DataMasqueError(
                    code: .configuration,
                    message: "File '\(file.name)' has no \(file.id == nil ? "id" : "type"), so it cannot be deleted.")
            }
            try await deleteIfExists(type: type, id: id)
        }

        /// Deletes the file of `type` with this id; does nothing if there is none.
        public func deleteIfExists(type: FileType, id: String) async throws {
            try await client.deleteIfExists(type.collectionPath + PathSegment.escape(id) + "/", operation: "files.delete")
        }
    }
}
