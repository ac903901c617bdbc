extension DataMasqueClient {
    /// The licence of a DataMasque instance.
    ///
    /// Reach it through ``DataMasqueClient/license``.
    ///
    /// ```swift
    /// try await client.license.upload(.file(URL(fileURLWithPath: "datamasque.lic")))
    /// print(try await client.license.info().name)
    /// ```
    public struct License: Sendable {
        let client: DataMasqueClient

        /// The installed licence.
        public func info() async throws -> LicenseInfo {
            try await client.get(LicenseInfo.self, "/api/license/", operation: "license.info")
        }

        /// Installs a licence file, streamed from `source`.
        ///
        /// For bytes in memory, `license.lic` is the usual file name:
        /// `.data(bytes, filename: "license.lic")`.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when a file on disk does not exist,
        ///   ``DataMasqueError/Code/api`` when the server refuses the licence.
        public func upload(_ source: UploadSource) async throws {
            let body = try RequestBody.multipart(
                files: [(field: "license_file", source: source, contentType: "application/octet-stream")])
            _ = try await client.send(.POST, "/api/license-upload/", body: body, operation: "license.upload")
        }
    }
}
