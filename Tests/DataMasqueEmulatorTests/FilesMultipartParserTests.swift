import Hummingbird
import NIOCore
import Testing

@testable import DataMasqueEmulator

@Suite struct FilesMultipartParserTests {
    @Test func readsFieldsAndFilesWithQuotedParameters() throws {
        let body = ByteBuffer(
            string: "preamble\r\n--b\"1\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nseed.csv\r\n"
                + "--b\"1 \r\ncontent-disposition: form-data; name=\"seed_file\"; filename=\"we\\\"ird;.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nx\r\n--y\r\n--b\"1--\r\nepilogue")
        let boundary = try #require(MultipartParser.boundary(in: "multipart/form-data; boundary=\"b\\\"1\""))
        #expect(boundary == "b\"1")
        let parts = try #require(MultipartParser.parts(of: body, boundary: boundary))
        #expect(parts.map(\.name) == ["name", "seed_file"])
        #expect(parts.map(\.filename) == [nil, "we\"ird;.csv"])
        #expect(parts.last?.contentType == "text/csv")
        #expect(parts.map { String(buffer: $0.contents) } == ["seed.csv", "x\r\n--y"])
        #expect(MultipartBody(parts: parts).value("name") == "seed.csv")
    }

    @Test(arguments: ["", "--b\r\n\r\nno end", "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--", "--other--"])
    func rejectsMalformedBodies(text: String) {
        #expect(MultipartParser.parts(of: ByteBuffer(string: text), boundary: "b") == nil)
    }

    @Test func anEmptyFormHasNoParts() throws {
        #expect(try #require(MultipartParser.parts(of: ByteBuffer(string: "--b--\r\n"), boundary: "b")).isEmpty)
    }
}
