import DataMasque
import Foundation
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    @Test("password and token provider together are rejected, naming both fields")
    func bothCredentials() throws {
        let error = #expect(throws: DataMasqueError.self) {
            try DataMasqueClient.Configuration(
                baseURL: "https://dm.example.com", username: "a", password: "p", tokenProvider: { "t" })
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("password") == true)
        #expect(error?.message.contains("tokenProvider") == true)
    }

    @Test("neither password nor token provider is rejected")
    func noCredential() throws {
        let error = #expect(throws: DataMasqueError.self) {
            try DataMasqueClient.Configuration(baseURL: "https://dm.example.com", username: "a")
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("password") == true)
    }

    @Test("an empty password counts as given")
    func emptyPassword() throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", username: "a", password: "")
        guard case .password("") = configuration.credential else {
            Issue.record("expected an empty password credential")
            return
        }
    }

    @Test("the base URL must be http or https with a host", arguments: ["ftp://dm.example.com", "dm.example.com", "https://"])
    func badURL(_ url: String) throws {
        let error = #expect(throws: DataMasqueError.self) {
            try DataMasqueClient.Configuration(baseURL: url, username: "a", password: "p")
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("baseURL") == true)
    }

    @Test("defaults: TLS verified, 60 s timeout, no PAT")
    func defaults() throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", username: "a", password: "p")
        #expect(configuration.verifyTLS)
        #expect(configuration.timeout == .seconds(60))
        #expect(configuration.spcsPAT == nil)
    }

    @Test("description never shows the password, token or PAT")
    func descriptionHidesSecrets() async throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", username: "admin", password: "hunter2-password",
            spcsPAT: "pat-value-123")
        var dumped = ""
        dump(configuration, to: &dumped)
        let text = "\(configuration) \(String(reflecting: configuration)) \(dumped)"
        #expect(!text.contains("hunter2-password"))
        #expect(!text.contains("pat-value-123"))
        #expect(text.contains("admin"))
        #expect(text.contains("spcsPAT: set"))
    }
}
