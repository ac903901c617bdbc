import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Licence over loopback")
struct LicenseIntegrationTests {
    @Test("the licence decodes, and an uploaded licence replaces it")
    func infoAndUpload() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("acme-\(UUID().uuidString).lic")
        try Data(#"{"name": "Acme", "type": "trial", "is_expired": true}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let before = try await client.license.info()
                #expect(!before.isExpired && before.uploadable && before.expiryDate != nil)

                try await client.license.upload(.file(url))
                let after = try await client.license.info()
                #expect(after.name == "Acme" && after.type == "trial" && after.isExpired)
                #expect(after.uuid != before.uuid)

                try await client.license.upload(.data(Data(#"{"name": "Bytes"}"#.utf8), filename: "license.lic"))
                #expect(try await client.license.info().name == "Bytes")
            }
        }
    }
}
