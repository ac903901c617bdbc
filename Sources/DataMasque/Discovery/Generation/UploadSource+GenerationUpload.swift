import Foundation

extension UploadSource {
    /// This content under the name and type ruleset generation expects:
    /// `ruleset.zip` as `application/zip` when it starts with `PK\x03\x04`, else `ruleset.csv` as `text/csv`.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration`` when a file cannot be read.
    func asGenerationUpload() async throws -> (source: UploadSource, contentType: String) {
        let length = try length()
        var head = Data()
        for try await chunk in try chunks(size: 4) {
            head.append(chunk)
            if head.count >= 4 { break }
        }
        let isZip = ZipReader.isZip(head)
        let original = self
        let renamed = UploadSource.stream(length: length, filename: isZip ? "ruleset.zip" : "ruleset.csv") {
            try original.chunks()
        }
        return (renamed, isZip ? "application/zip" : "text/csv")
    }
}
