import DataMasque
import Foundation
import Testing

@Suite("Multipart uploads")
struct MultipartTests {
    static func drain(_ body: RequestBody) async throws -> (length: Int?, contentType: String, bytes: Data) {
        guard case .stream(let length, let contentType, let makeChunks) = body else {
            Issue.record("expected a streamed body")
            return (nil, "", Data())
        }
        var bytes = Data()
        for try await chunk in try makeChunks() { bytes.append(chunk) }
        return (length, contentType, bytes)
    }

    @Test("fields come first, then files streamed from disk; the length is exact and a replay repeats the bytes")
    func fromDisk() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString).csv")
        let content = Data((0..<700_000).map { UInt8($0 % 251) })
        try content.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let body = try RequestBody.multipart(
            fields: [(name: "name", value: "cities")],
            files: [(field: "seed_file", source: .file(file), contentType: "application/octet-stream")])
        let first = try await Self.drain(body)
        let second = try await Self.drain(body)
        #expect(first.bytes == second.bytes)
        #expect(first.length == first.bytes.count)
        let boundary = try #require(first.contentType.components(separatedBy: "boundary=").last)
        #expect(first.contentType.hasPrefix("multipart/form-data; boundary="))

        let text = String(decoding: first.bytes.prefix(400), as: UTF8.self)
        let fieldRange = try #require(text.range(of: "name=\"name\"\r\n\r\ncities\r\n"))
        let fileRange = try #require(text.range(of: "name=\"seed_file\"; filename=\"\(file.lastPathComponent)\""))
        #expect(fieldRange.lowerBound < fileRange.lowerBound)
        #expect(first.bytes.range(of: content) != nil)
        #expect(first.bytes.suffix(boundary.count + 6) == Data("--\(boundary)--\r\n".utf8))
    }

    @Test("a streamed body reads its sources only as fast as they are sent")
    func backpressure() async throws {
        let produced = Counter()
        let source = UploadSource.stream(length: nil, filename: "big.csv") {
            AsyncThrowingStream {
                await produced.increment() <= 1_000 ? Data(repeating: 0x61, count: 1024) : nil
            }
        }
        let body = try RequestBody.multipart(
            files: [(field: "seed_file", source: source, contentType: "text/csv")])
        guard case .stream(_, _, let makeChunks) = body else {
            Issue.record("expected a streamed body")
            return
        }
        var iterator = try makeChunks().makeAsyncIterator()
        for _ in 0..<3 { _ = try await iterator.next() }
        try await Task.sleep(for: .milliseconds(100))
        #expect(await produced.value <= 3)
    }

    @Test("a missing file is a configuration error naming it")
    func missingFile() {
        let error = #expect(throws: DataMasqueError.self) {
            try RequestBody.multipart(files: [(field: "f", source: .file(URL(fileURLWithPath: "/no/such/file.csv")), contentType: "text/csv")])
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("/no/such/file.csv") == true)
    }

    @Test("bytes in memory are sent under the given file name")
    func fromMemory() async throws {
        let body = try RequestBody.multipart(
            files: [(field: "license_file", source: .data(Data("LICENSE".utf8), filename: "license.lic"), contentType: "application/octet-stream")])
        let drained = try await Self.drain(body)
        let text = String(decoding: drained.bytes, as: UTF8.self)
        #expect(text.contains("filename=\"license.lic\"\r\nContent-Type: application/octet-stream\r\n\r\nLICENSE\r\n"))
        #expect(drained.length == drained.bytes.count)
    }
}

/// Counts calls from concurrent tasks.
private actor Counter {
    private(set) var value = 0

    func increment() -> Int {
        value += 1
        return value
    }
}
