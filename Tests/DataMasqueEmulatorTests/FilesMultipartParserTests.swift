import Hummingbird
import NIOCore
import Testing

@testable import DataMasqueEmulator

@Suite struct FilesMultipartParserTests {
    /// The parts of `body`, fed to the parser `chunkSize` bytes at a time, with every part's contents in memory;
    /// `nil` when the parser finds the body malformed.
    static func parts(of body: ByteBuffer, boundary: String, chunkSize: Int = .max) -> [MultipartBody.Part]? {
        var parser = MultipartParser(boundary: boundary)
        var parts: [MultipartBody.Part] = []
        var body = body
        do {
            while body.readableBytes > 0, let chunk = body.readSlice(length: min(chunkSize, body.readableBytes)) {
                try parser.append(chunk) { event in
                    switch event {
                    case .start(let headers): parts.append(MultipartBody.Part(headers: headers, contents: .memory(ByteBuffer())))
                    case .contents(let piece):
                        guard case .memory(var buffer) = parts[parts.count - 1].contents else { return }
                        buffer.writeImmutableBuffer(piece)
                        parts[parts.count - 1].contents = .memory(buffer)
                    case .end: break
                    }
                }
            }
            try parser.finish()
            return parts
        } catch {
            return nil
        }
    }

    @Test(arguments: [1, 2, 7, Int.max])
    func readsFieldsAndFilesWithQuotedParameters(chunkSize: Int) throws {
        let body = ByteBuffer(
            string: "preamble\r\n--b\"1\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nseed.csv\r\n"
                + "--b\"1 \r\ncontent-disposition: form-data; name=\"seed_file\"; filename=\"we\\\"ird;.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nx\r\n--y\r\n--b\"1--\r\nepilogue")
        let boundary = try #require(MultipartParser.boundary(in: "multipart/form-data; boundary=\"b\\\"1\""))
        #expect(boundary == "b\"1")
        let parts = try #require(Self.parts(of: body, boundary: boundary, chunkSize: chunkSize))
        #expect(parts.map(\.name) == ["name", "seed_file"])
        #expect(parts.map(\.filename) == [nil, "we\"ird;.csv"])
        #expect(parts.last?.contentType == "text/csv")
        #expect(parts.map { String(buffer: (try? $0.bytes(upTo: .max)) ?? ByteBuffer()) } == ["seed.csv", "x\r\n--y"])
        #expect(MultipartBody(parts: parts).value("name") == "seed.csv")
    }

    @Test(arguments: ["", "--b\r\n\r\nno end", "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--", "--other--"])
    func rejectsMalformedBodies(text: String) {
        #expect(Self.parts(of: ByteBuffer(string: text), boundary: "b") == nil)
        #expect(Self.parts(of: ByteBuffer(string: text), boundary: "b", chunkSize: 1) == nil)
    }

    @Test func anEmptyFormHasNoParts() throws {
        #expect(try #require(Self.parts(of: ByteBuffer(string: "--b--\r\n"), boundary: "b")).isEmpty)
    }

    @Test func aHeaderBlockLongerThanTheLimitIsMalformed() {
        let text = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\nX-Padding: "
            + String(repeating: "a", count: MultipartParser.headerLimit) + "\r\n\r\nx\r\n--b--"
        #expect(Self.parts(of: ByteBuffer(string: text), boundary: "b", chunkSize: 4096) == nil)
    }
}
