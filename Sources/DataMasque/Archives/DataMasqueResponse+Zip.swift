import Foundation

extension DataMasqueResponse {
    /// The files of the zip archive this response carries.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/unexpectedResponse``,
    ///   carrying `request` and this response, when the archive cannot be read.
    func zipEntries(request: DataMasqueError.RequestSummary) throws -> [ZipReader.Entry] {
        do {
            return try ZipReader(body).entries()
        } catch let error as ZipReader.Malformed {
            throw DataMasqueError(
                code: .unexpectedResponse, message: "The server sent a zip archive the client cannot read: \(error.reason).",
                request: request, response: self)
        }
    }
}
