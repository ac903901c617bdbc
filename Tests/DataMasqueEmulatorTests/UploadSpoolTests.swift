import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import DataMasqueEmulator

/// Uploads are written to disk as they arrive, up to the configured limit, and removed when no longer stored.
@Suite struct UploadSpoolTests {
    static let limit = 64 * 1024

    /// The files in the spool directory.
    static func spooled(_ state: EmulatorState) -> [URL] {
        (try? FileManager.default.contentsOfDirectory(at: state.spool.directory, includingPropertiesForKeys: nil))
            ?? []
    }

    /// A file part's contents of `count` bytes that contain the boundary's prefix often.
    static func contents(_ count: Int) -> ByteBuffer {
        ByteBuffer(bytes: (0..<count).map { index in index % 97 == 0 ? 0x2d : UInt8(truncatingIfNeeded: index &* 7) })
    }

    @Test func anUploadUnderTheLimitIsStoredOnDiskIntactAndRemovedOnDelete() async throws {
        let configuration = EmulatorConfiguration(maximumUploadSize: Self.limit)
        let state = EmulatorState(configuration: configuration)
        let application = try await buildApplication(configuration: configuration, state: state)
        try await application.test(.live) { client in
            let key = try await client.login()
            let contents = Self.contents(Self.limit - 1024)
            let uploaded = try await client.sendMultipart(
                "/api/oracle-wallets/", token: key, fields: [("name", "wallet")],
                files: [("zip_archive", "wallet.zip", contents)])
            #expect(uploaded.status == .created)
            let id = try #require(uploaded.json?["id"]?.stringValue)
            let files = Self.spooled(state)
            #expect(files.count == 1)
            #expect(try files.first.map { try Data(contentsOf: $0) } == Data(buffer: contents))

            let download = try await client.send(.get, "/api/oracle-wallets/\(id)/download/", token: key)
            #expect(download.status == .ok)
            #expect(download.body == contents)

            #expect(try await client.send(.delete, "/api/oracle-wallets/\(id)/", token: key).status == .noContent)
            #expect(Self.spooled(state).isEmpty)
        }
    }

    @Test func anUploadOverTheLimitIsAnswered413AndLeavesNoFile() async throws {
        let configuration = EmulatorConfiguration(maximumUploadSize: Self.limit)
        let state = EmulatorState(configuration: configuration)
        let application = try await buildApplication(configuration: configuration, state: state)
        try await application.test(.live) { client in
            let key = try await client.login()
            let response = try await client.sendMultipart(
                "/api/seeds/", token: key, fields: [("name", "big.csv")],
                files: [("seed_file", "big.csv", Self.contents(Self.limit + 1))])
            #expect(response.status == .contentTooLarge)
            #expect(response.json == ["detail": .string("The request body is larger than \(Self.limit) bytes.")])
            #expect(try await client.send(.get, "/api/seeds/", token: key).json == [])
            #expect(Self.spooled(state).isEmpty)
        }
    }

    /// A body without `Content-Length` is counted as it arrives.
    @Test(arguments: [Self.limit - 1024, Self.limit + 1])
    func aStreamedBodyIsCountedAsItArrives(size: Int) async throws {
        let spool = UploadSpool()
        let boundary = "streamed-boundary"
        var body = ByteBuffer(
            string: "--\(boundary)\r\nContent-Disposition: form-data; name=\"seed_file\"; filename=\"a.csv\"\r\n\r\n")
        var contents = Self.contents(size)
        body.writeBuffer(&contents)
        body.writeString("\r\n--\(boundary)--\r\n")
        let chunks = stride(from: 0, to: body.readableBytes, by: 4096).map {
            body.getSlice(at: $0, length: min(4096, body.readableBytes - $0))!
        }
        let request = Request(
            head: HTTPRequest(
                method: .post, scheme: "http", authority: "localhost", path: "/api/seeds/",
                headerFields: [.contentType: "multipart/form-data; boundary=\(boundary)"]),
            body: RequestBody(
                asyncSequence: AsyncStream { continuation in
                    for chunk in chunks { continuation.yield(chunk) }
                    continuation.finish()
                }))
        if size > Self.limit {
            let error = await #expect(throws: APIError.self) {
                try await request.multipartBody(spooledIn: spool, upTo: Self.limit)
            }
            #expect(error?.status == .contentTooLarge)
            let left = try? FileManager.default.contentsOfDirectory(atPath: spool.directory.path)
            #expect(left?.isEmpty ?? true)
        } else {
            let form = try await request.multipartBody(spooledIn: spool, upTo: Self.limit)
            let part = try #require(form.parts.first)
            guard case .file(let file) = part.contents else {
                Issue.record("the file part was not spooled to disk")
                return
            }
            #expect(try Data(contentsOf: file.url) == Data(buffer: Self.contents(size)))
        }
    }

    @Test func aResetRemovesTheStoredFiles() async throws {
        let configuration = EmulatorConfiguration(maximumUploadSize: Self.limit)
        let state = EmulatorState(configuration: configuration)
        let application = try await buildApplication(configuration: configuration, state: state)
        try await application.test(.live) { client in
            let key = try await client.login()
            let response = try await client.sendMultipart(
                "/api/seeds/", token: key, fields: [("name", "a.csv")], files: [("seed_file", "a.csv", Self.contents(10))])
            #expect(response.status == .created)
            #expect(Self.spooled(state).count == 1)
            #expect(try await client.send(.post, "/_emulator/reset").status == .noContent)
            #expect(Self.spooled(state).isEmpty)
        }
    }

    @Test func theLogArchiveIsAsLargeAsConfiguredAndAValidGzip() async throws {
        let size = 200_000
        try await withTestEmulator(EmulatorConfiguration(logArchiveSize: size), setup: .live) { client, _ in
            let key = try await client.login()
            let response = try await client.send(.get, "/api/logs/download/?log_service=application", token: key)
            #expect(response.status == .ok)
            #expect(response.headers[.contentLength] == String(response.body.readableBytes))
            let archive = FileManager.default.temporaryDirectory.appendingPathComponent("logs-\(UUID().uuidString).tar.gz")
            defer { try? FileManager.default.removeItem(at: archive) }
            try Data(buffer: response.body).write(to: archive)
            let tar = Process()
            tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            tar.arguments = ["tar", "-xzOf", archive.path]
            let output = Pipe()
            tar.standardOutput = output
            try tar.run()
            let log = output.fileHandleForReading.readDataToEndOfFile()
            tar.waitUntilExit()
            #expect(tar.terminationStatus == 0)
            #expect(log.count == size)
            #expect(String(decoding: log.prefix(200), as: UTF8.self).contains("INFO [application]"))
        }
    }
}
