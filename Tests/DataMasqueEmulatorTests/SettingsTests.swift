import DataMasque
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct SettingsTests {
    @Test func settingsStartWithTheDefaultLocalityAndNoAIEngine() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let settings = try await client.send(.get, "/api/settings/", token: key).json
            #expect(settings?["locality"] == "en_US")
            #expect(settings?["dm_ai_engine_url"] == "")
        }
    }

    @Test func patchChangesOnlyWhatItNames() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let locality = try await client.send(.patch, "/api/settings/", token: key, json: ["locality": "en_GB"])
            #expect(locality.status == .ok)
            #expect(locality.json?["locality"] == "en_GB")
            let engine = try await client.send(
                .patch, "/api/settings/", token: key, json: ["dm_ai_engine_url": "https://ai.example.com:8443/"])
            #expect(engine.json?["dm_ai_engine_url"] == "https://ai.example.com:8443/")
            let settings = try await client.send(.get, "/api/settings/", token: key).json
            #expect(settings?["locality"] == "en_GB")
            #expect(settings?["dm_ai_engine_url"] == "https://ai.example.com:8443/")
        }
    }

    @Test(
        arguments: [
            (["locality": "english"], ["locality": ["\"english\" is not a valid choice."]]),
            (["locality": "EN_gb"], ["locality": ["\"EN_gb\" is not a valid choice."]]),
            (["dm_ai_engine_url": "ftp://ai"], ["dm_ai_engine_url": ["Enter a valid URL."]]),
            (["locality": "en_NZ", "dm_ai_engine_url": "not a url"], ["dm_ai_engine_url": ["Enter a valid URL."]]),
        ] as [(JSONValue, JSONValue)])
    func badValuesAreRefusedAndNothingChanges(body: JSONValue, expected: JSONValue) async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let response = try await client.send(.patch, "/api/settings/", token: key, json: body)
            #expect(response.status == .badRequest)
            #expect(response.json == expected)
            #expect(try await client.send(.get, "/api/settings/", token: key).json?["locality"] == "en_US")
        }
    }

    @Test func logsDownloadIsAGzippedTarOfTheServiceLog() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let response = try await client.send(.get, "/api/logs/download/?log_service=application", token: key)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/gzip")
            #expect(response.headers[.contentDisposition] == "attachment; filename=\"application_logs.tar.gz\"")
            let bytes = Array(response.body.readableBytesView)
            #expect(bytes.prefix(3) == [0x1f, 0x8b, 0x08])
            #expect(response.text.contains("application.log") && response.text.contains("ustar"))

            let missing = try await client.send(.get, "/api/logs/download/", token: key)
            #expect(missing.json == ["log_service": ["This field is required."]])
        }
    }
}
