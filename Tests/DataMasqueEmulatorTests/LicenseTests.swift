import DataMasque
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct LicenseTests {
    @Test func theLicenceIsAPlausibleValidOne() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let license = try #require(try await client.send(.get, "/api/license/", token: key).json)
            #expect(license["uuid"]?.stringValue?.count == 36)
            #expect(license["name"]?.stringValue?.isEmpty == false)
            #expect(license["type"] == "enterprise")
            #expect(license["is_expired"] == false)
            #expect(license["uploadable"] == true)
            #expect(license["expiry_date"]?.stringValue?.hasSuffix("Z") == true)
            #expect((364...365).contains(license["days_until_expiry"]?.intValue ?? 0))
        }
    }

    @Test func uploadingALicenceReplacesIt() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let before = try await client.send(.get, "/api/license/", token: key).json
            let uploaded = try await client.sendMultipart(
                "/api/license-upload/", token: key,
                files: [("license_file", "acme-2026.lic", ByteBuffer(string: "opaque licence bytes"))])
            #expect(uploaded.status == .ok)
            #expect(uploaded.json?["name"] == "acme-2026")
            #expect(uploaded.json?["uuid"] != before?["uuid"])
            #expect(try await client.send(.get, "/api/license/", token: key).json == uploaded.json)

            let scripted = try await client.sendMultipart(
                "/api/license-upload/", token: key,
                files: [("license_file", "license.lic", ByteBuffer(string: #"{"name": "Trial", "is_expired": true}"#))])
            #expect(scripted.json?["name"] == "Trial")
            #expect(scripted.json?["is_expired"] == true)
        }
    }

    @Test func anEmptyOrMissingLicenceFileIsRefused() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let empty = try await client.sendMultipart(
                "/api/license-upload/", token: key, files: [("license_file", "license.lic", ByteBuffer())])
            #expect(empty.status == .badRequest)
            #expect(empty.json == ["license_file": ["The submitted file is empty."]])
            let missing = try await client.sendMultipart("/api/license-upload/", token: key)
            #expect(missing.json == ["license_file": ["No file was submitted."]])
        }
    }

    @Test func onlyAdminsUploadLicences() async throws {
        try await withTestEmulator { client, control throws in
            await control.addUser(username: "builder", password: "pw", roles: ["mask_builder"])
            let key = try await client.login(username: "builder", password: "pw")
            let response = try await client.sendMultipart(
                "/api/license-upload/", token: key, files: [("license_file", "license.lic", ByteBuffer(string: "x"))])
            #expect(response.status == .forbidden)
        }
    }
}
