public import Foundation

extension DataMasqueClient.Rulesets {
    /// Every ruleset, ruleset library and seed file the rulesets use, as one zip bundle.
    ///
    /// ```swift
    /// let zip = try await client.rulesets.exportBundle()
    /// try zip.write(to: URL(fileURLWithPath: "bundle.zip"))
    /// ```
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404`
    ///   when the instance does not offer bundles.
    public func exportBundle() async throws -> Data {
        try await client.send(.GET, Self.bundleExportPath, operation: "rulesets.exportBundle").body
    }

    /// Saves the zip bundle of ``exportBundle()`` to `destination` as it arrives, without holding it in memory.
    ///
    /// The file appears only once the whole bundle has arrived.
    ///
    /// - Throws: ``DataMasqueError`` as ``exportBundle()``.
    public func exportBundle(to destination: URL) async throws {
        try await client.download(Self.bundleExportPath, to: destination, operation: "rulesets.exportBundle")
    }

    /// Loads the rulesets, ruleset libraries and seed files of a zip bundle.
    ///
    /// Items that already exist are skipped unless `overwriting` names their kind.
    ///
    /// ```swift
    /// let summary = try await client.rulesets.importBundle(.file(zipURL), overwriting: [.rulesets])
    /// ```
    ///
    /// - Parameters:
    ///   - bundle: The zip, sent under its file name.
    ///   - overwriting: The kinds of item to replace when they already exist.
    /// - Returns: The server's summary of what it imported, when it sent a JSON one.
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` when the server refuses the bundle,
    ///   ``DataMasqueError/Code/configuration`` when a file to send does not exist.
    @discardableResult
    public func importBundle(_ bundle: UploadSource, overwriting: RulesetBundleOverwrites = []) async throws -> JSONValue? {
        let flags: [(String, RulesetBundleOverwrites)] = [
            ("overwrite_rulesets", .rulesets), ("overwrite_libraries", .libraries), ("overwrite_seed_files", .seedFiles),
        ]
        let body = try RequestBody.multipart(
            fields: flags.map { (name: $0.0, value: overwriting.contains($0.1) ? "true" : "false") },
            files: [(field: "zip_archive", source: bundle, contentType: "application/zip")])
        return try await client.send(.POST, "/api/import/v1/", body: body, operation: "rulesets.importBundle").json
    }

    private static let bundleExportPath = "/api/export/v1/"
}
