import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Files over loopback")
struct FilesIntegrationTests {
    @Test("upload, list, find, skip a same-named upload and delete, for every type", arguments: FileType.allCases)
    func lifecycle(type: FileType) async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString).bin")
        try Data("file content".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let uploaded = try #require(try await client.files.uploadIfNotExists(type: type, file: url))
                #expect(uploaded.name == url.lastPathComponent && uploaded.type == type && uploaded.id != nil)
                #expect(try await client.files.uploadIfNotExists(type: type, file: url) == nil)
                _ = try await client.files.upload(type: type, name: "in-memory", source: .data(Data("x".utf8), filename: "x.bin"))
                #expect(try await client.files.list(type: type).map(\.name) == [url.lastPathComponent, "in-memory"])
                let found = try #require(try await client.files.get(type: type, named: "in-memory"))
                try await client.files.deleteIfExists(found)
                try await client.files.deleteIfExists(found)
                #expect(try await client.files.list(type: type).map(\.name) == [url.lastPathComponent])
            }
        }
    }

    @Test("a 48 MiB wallet is streamed from disk and arrives intact")
    func largeUpload() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("wallet.zip")
        let chunk = Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) })
        #expect(FileManager.default.createFile(atPath: source.path, contents: nil))
        let handle = try FileHandle(forWritingTo: source)
        for index in 0..<48 { try handle.write(contentsOf: chunk + Data([UInt8(index)])) }
        try handle.close()

        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let wallet = try await client.files.upload(type: .oracleWallet, name: "big", source: .file(source))
                let copy = directory.appendingPathComponent("copy.zip")
                try await client.download(
                    FileType.oracleWallet.collectionPath + (try #require(wallet.id)) + "/download/", to: copy)
                #expect(try Data(contentsOf: copy) == Data(contentsOf: source))
            }
        }
    }

    @Test("an upload over the emulator's limit fails with 413 and the emulator keeps nothing")
    func uploadOverTheLimit() async throws {
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).csv")
        try Data(repeating: 0x61, count: 2 << 20).write(to: source)
        defer { try? FileManager.default.removeItem(at: source) }
        try await withEmulator(EmulatorConfiguration(port: 0, maximumUploadSize: 1 << 20)) { emulator in
            try await emulator.withClient { client in
                let error = await #expect(throws: DataMasqueError.self) {
                    try await client.files.upload(type: .seed, name: "big", source: .file(source))
                }
                #expect(error?.status == 413)
                let seeds = try await client.files.list(type: .seed)
                #expect(seeds.isEmpty)
            }
        }
    }
}
