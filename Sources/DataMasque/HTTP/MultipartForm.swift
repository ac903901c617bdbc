import Foundation

/// A `multipart/form-data` body: plain fields first, then file parts, streamed.
struct MultipartForm: Sendable {
    struct FilePart: Sendable {
        var field: String
        var source: UploadSource
        var contentType: String
        var filename: String { source.filename }
    }

    var fields: [(name: String, value: String)] = []
    var files: [FilePart] = []
    let boundary = "datamasque-swift-\(UUID().uuidString)"

    /// The request body; its length is known when every file's length is.
    func body() throws -> RequestBody {
        let prologues = files.map { Data(filePartHeader($0).utf8) }
        let fieldData = Data(fields.map(fieldPart).joined().utf8)
        let epilogue = Data("--\(boundary)--\r\n".utf8)
        var length: Int? = fieldData.count + epilogue.count + prologues.reduce(0) { $0 + $1.count + 2 }
        for file in files {
            if let fileLength = try file.source.length(), let total = length {
                length = total + fileLength
            } else {
                length = nil
            }
        }
        var segments: [UploadSource] = [.data(fieldData, filename: "")]
        for (file, prologue) in zip(files, prologues) {
            segments += [.data(prologue, filename: ""), file.source, .data(Data("\r\n".utf8), filename: "")]
        }
        segments.append(.data(epilogue, filename: ""))
        return .stream(length: length, contentType: "multipart/form-data; boundary=\(boundary)") {
            [segments] in
            let cursor = SegmentCursor(segments)
            return AsyncThrowingStream { try await cursor.next() }
        }
    }

    private func fieldPart(_ field: (name: String, value: String)) -> String {
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(field.name))\"\r\n\r\n\(field.value)\r\n"
    }

    private func filePartHeader(_ file: FilePart) -> String {
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(file.field))\"; "
            + "filename=\"\(Self.quoted(file.filename))\"\r\nContent-Type: \(file.contentType)\r\n\r\n"
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}
