import HTTPTypes
import Hummingbird
import HummingbirdTesting

extension TestClientProtocol {
    /// Sends a `multipart/form-data` body of `fields` followed by `files`, as the clients upload.
    func sendMultipart(
        _ uri: String, token: String, fields: [(name: String, value: String)] = [],
        files: [(field: String, filename: String, contents: ByteBuffer)] = []
    ) async throws -> TestResponse {
        let boundary = "test-boundary-1234"
        var body = ByteBuffer()
        for field in fields {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field.name)\"\r\n\r\n\(field.value)\r\n")
        }
        for file in files {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; "
                    + "filename=\"\(file.filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            var contents = file.contents
            body.writeBuffer(&contents)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return try await execute(
            uri: uri, method: .post,
            headers: [.authorization: "Token \(token)", .contentType: "multipart/form-data; boundary=\(boundary)"],
            body: body)
    }
}
