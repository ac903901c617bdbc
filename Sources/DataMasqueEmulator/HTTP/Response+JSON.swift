import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension Response {
    /// A response whose body is `value` as JSON, with `Content-Type: application/json`.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: JSONValueWriter.bytes(of: value))))
    }

    /// A `text/html` response, the way nginx answers when the application is not there.
    static func html(status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "text/html"
        let title = "\(status.code) \(status.reasonPhrase)"
        let page =
            "<html>\r\n<head><title>\(title)</title></head>\r\n<body>\r\n<center><h1>\(title)</h1></center>\r\n"
            + "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// A `200` response whose body is the YAML `text`, with `Content-Type: application/x-yaml`.
    static func yaml(_ text: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/x-yaml"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// `204 No Content`.
    static var noContent: Response { Response(status: .noContent) }
}
