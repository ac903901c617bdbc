import DataMasque
import Foundation
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    @Test("a token provider needs no username")
    func tokenProviderWithoutUsername() throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", credential: .tokenProvider { "t" })
        #expect(configuration.credential.username == nil)
        #expect("\(configuration.credential)" == "tokenProvider")
    }

    @Test("a fixed token is a credential too, and never shown")
    func fixedToken() throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", credential: .token("fixed-token-value"))
        var dumped = ""
        dump(configuration, to: &dumped)
        #expect(!"\(configuration) \(dumped)".contains("fixed-token-value"))
    }

    @Test("an empty password counts as given")
    func emptyPassword() throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", username: "a", password: "")
        #expect(configuration.credential.username == "a")
        #expect("\(configuration.credential)" == "password(username: a, password: <redacted>)")
    }

    @Test("the base URL must be http or https with a host", arguments: ["ftp://dm.example.com", "dm.example.com", "https://"])
    func badURL(_ url: String) throws {
        let error = #expect(throws: DataMasqueError.self) {
            try DataMasqueClient.Configuration(baseURL: url, username: "a", password: "p")
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("baseURL") == true)
    }

    @Test(
        "a port outside 1…65535 is refused with a clear error, before any request",
        arguments: ["http://127.0.0.1:99999", "http://127.0.0.1:0", "https://dm.example.com:65536/api"])
    func badPort(_ url: String) throws {
        let error = #expect(throws: DataMasqueError.self) {
            try DataMasqueClient.Configuration(baseURL: url, username: "a", password: "p")
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("port") == true)
        #expect(error?.message.contains("65535") == true)
    }

    @Test("ports at the edges of the range are accepted", arguments: ["http://127.0.0.1:1", "http://127.0.0.1:65535"])
    func edgePorts(_ url: String) throws {
        _ = try DataMasqueClient.Configuration(baseURL: url, username: "a", password: "p")
    }

    @Test("a URL error never shows the user information in the URL")
    func urlErrorHidesUserInfo() throws {
        let error = #expect(throws: DataMasqueError.self) {
            try DataMasqueClient.Configuration(baseURL: "http://admin:url-secret@127.0.0.1:99999/", username: "a", password: "p")
        }
        #expect(error?.message.contains("url-secret") == false)
        #expect(error?.message.contains("127.0.0.1") == true)
    }

    @Test("a timeout must be positive and at most 30 days", arguments: [
        DataMasqueClient.Configuration.Timeout(request: .zero),
        DataMasqueClient.Configuration.Timeout(transfer: .seconds(-1)),
        DataMasqueClient.Configuration.Timeout(idle: .seconds(Int64.max)),
    ])
    func badTimeout(_ timeout: DataMasqueClient.Configuration.Timeout) throws {
        let error = #expect(throws: DataMasqueError.self) {
            try DataMasqueClient.Configuration(baseURL: "https://dm", username: "a", password: "p", timeout: timeout)
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("timeout") == true)
    }

    @Test("defaults: TLS verified, 60 s per call, one hour per transfer, 60 s idle, no PAT")
    func defaults() throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", username: "a", password: "p")
        #expect(configuration.verifyTLS)
        #expect(configuration.timeout.request == .seconds(60))
        #expect(configuration.timeout.transfer == .seconds(3600))
        #expect(configuration.timeout.idle == .seconds(60))
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
