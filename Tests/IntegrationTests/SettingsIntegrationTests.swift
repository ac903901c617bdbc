import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Settings, logs and admin install over loopback")
struct SettingsIntegrationTests {
    @Test("locality and AI Engine URL round-trip; a bad locality is refused")
    func settings() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                #expect(try await client.settings.get().dmAIEngineURL == nil)
                try await client.settings.setLocality("en_GB")
                try await client.settings.setAIEngineURL("https://ai.example.com")
                let changed = try await client.settings.get()
                #expect(changed.locality == "en_GB" && changed.dmAIEngineURL == "https://ai.example.com")
                try await client.settings.setAIEngineURL(nil)
                #expect(try await client.settings.get().dmAIEngineURL == nil)

                let error = await #expect(throws: DataMasqueError.self) { try await client.settings.setLocality("english") }
                #expect(error?.code == .api && error?.response?.status == 400)
            }
        }
    }

    @Test("application logs arrive as a gzip archive on disk")
    func logs() async throws {
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("logs-\(UUID().uuidString).tar.gz")
        defer { try? FileManager.default.removeItem(at: destination) }
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                try await client.settings.downloadApplicationLogs(to: destination)
            }
        }
        #expect(try Data(contentsOf: destination).prefix(2) == Data([0x1f, 0x8b]))
    }

    @Test("a 24 MiB log archive is streamed into a file whole")
    func largeLogArchive() async throws {
        let size = 24 << 20
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("logs-\(UUID().uuidString).tar.gz")
        defer { try? FileManager.default.removeItem(at: destination) }
        try await withEmulator(EmulatorConfiguration(port: 0, logArchiveSize: size)) { emulator in
            try await emulator.withClient { client in
                try await client.settings.downloadApplicationLogs(to: destination)
            }
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: destination.path)
        let blocks = (512 + size + 1024 + 0xffff - 1) / 0xffff
        #expect(attributes[.size] as? Int == 10 + blocks * 5 + 512 + size + 1024 + 8)
        let handle = try FileHandle(forReadingFrom: destination)
        defer { try? handle.close() }
        #expect(try handle.read(upToCount: 2) == Data([0x1f, 0x8b]))
    }

    @Test("admin install creates the first administrator with the configured password, once")
    func adminInstall() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, installed: false)) { emulator in
            try await emulator.withClient { client in
                try await client.settings.adminInstall(email: "ops@example.com")
                try await client.authenticate()
                #expect(try await client.users.list().map(\.email) == ["ops@example.com"])

                let again = await #expect(throws: DataMasqueError.self) {
                    try await client.settings.adminInstall(email: "ops@example.com")
                }
                #expect(again?.code == .api && again?.response?.status == 401)
            }
        }
    }
}
