import Foundation
import Hummingbird
import NIOCore

extension Response {
    /// A download of `contents` named `filename`, with `Content-Disposition: attachment`.
    static func attachment(
        _ contents: ByteBuffer, filename: String, contentType: String = "application/octet-stream"
    ) -> Response {
        attachment(.init(byteBuffer: contents), filename: filename, contentType: contentType)
    }

    /// A download streamed from `body` named `filename`, with `Content-Disposition: attachment`.
    static func attachment(
        _ body: ResponseBody, filename: String, contentType: String = "application/octet-stream"
    ) -> Response {
        let quoted = filename.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return Response(
            status: .ok,
            headers: [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(quoted)\""],
            body: body)
    }
}
