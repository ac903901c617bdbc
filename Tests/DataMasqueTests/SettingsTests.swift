import DataMasque
import Foundation
import Testing

@Suite("Settings, logs and admin install")
struct SettingsTests {
    @Test("settings keep unknown members; an empty or null AI Engine URL means none")
    func decoding() throws {
        let settings = try JSONDecoder().decode(
            InstanceSettings.self,
            from: Data(#"{"locality": "en_US", "dm_ai_engine_url": "", "theme": {"dark": true}}"#.utf8))
        #expect(settings == InstanceSettings(locality: "en_US", other: ["theme": ["dark": true]]))
        let encoded = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(settings))
        #expect(encoded == ["locality": "en_US", "theme": ["dark": true]])
        let nulls = try JSONDecoder().decode(InstanceSettings.self, from: Data(#"{"locality": null, "dm_ai_engine_url": null}"#.utf8))
        #expect(nulls == InstanceSettings())
    }

    @Test("locality and AI Engine changes are PATCHes of one member")
    func patches() async throws {
        let server = try ResponderServer(routes: ["PATCH /api/settings/": .json(200, "{}")])
        try await server.client.settings.setLocality("en_GB")
        try await server.client.settings.setAIEngineURL("https://ai.example.com")
        try await server.client.settings.setAIEngineURL(nil)
        var bodies: [JSONValue] = []
        for request in server.requests { bodies.append(try await ResponderServer.json(of: request)) }
        #expect(bodies == [["locality": "en_GB"], ["dm_ai_engine_url": "https://ai.example.com"], ["dm_ai_engine_url": ""]])
    }

    @Test("application logs are downloaded to the file with log_service=application")
    func logs() async throws {
        let server = try ResponderServer(routes: ["GET /api/logs/download/": DataMasqueResponse(status: 200)])
        let destination = URL(fileURLWithPath: "/tmp/logs.tar.gz")
        try await server.client.settings.downloadApplicationLogs(to: destination)
        let request = try #require(server.requests.first)
        #expect(request.url.query() == "log_service=application")
        #expect(request.downloadDestination == destination)
    }

    @Test("admin install is anonymous, repeats the configured password and adds the base URL's host")
    func adminInstall() async throws {
        let server = try ResponderServer(routes: ["POST /api/users/admin-install/": .json(201, "{}")])
        try await server.client.settings.adminInstall(email: "ops@example.com")
        #expect(server.transport.requests.count == 1)
        let request = try #require(server.requests.first)
        #expect(!request.requiresAuthorization && request.headers["Authorization"].isEmpty)
        #expect(try await ResponderServer.json(of: request) == [
            "email": "ops@example.com", "username": "admin", "password": "s3cret-pass", "re_password": "s3cret-pass",
            "allowed_hosts": ["localhost", "127.0.0.1", "dm.example.com"],
        ])
    }

    @Test("admin install takes explicit hosts as given")
    func adminInstallHosts() async throws {
        let server = try ResponderServer(routes: ["POST /api/users/admin-install/": .json(201, "{}")])
        try await server.client.settings.adminInstall(
            email: "e@example.com", username: "root", password: "Other-Pass-9", allowedHosts: ["dm.internal"])
        let body = try await ResponderServer.json(of: try #require(server.requests.first))
        #expect(body["allowed_hosts"] == ["dm.internal"] && body["username"] == "root" && body["re_password"] == "Other-Pass-9")
    }

    @Test("admin install without a password on a token-provider client fails before any request")
    func adminInstallNeedsPassword() async throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", credential: .tokenProvider { "token" })
        let transport = ClosureTransport { _ in .json(201, "{}") }
        let client = DataMasqueClient(configuration: configuration, transport: transport)
        let error = await #expect(throws: DataMasqueError.self) {
            try await client.settings.adminInstall(email: "e@example.com")
        }
        #expect(error?.code == .configuration)
        #expect(transport.requests.isEmpty)
    }

    @Test("admin install on an installed instance is one request answered 401, without a login")
    func adminInstallInstalled() async throws {
        let server = try ResponderServer(routes: [
            "POST /api/users/admin-install/": .json(401, #"{"detail": "Authentication credentials were not provided."}"#),
        ])
        let error = await #expect(throws: DataMasqueError.self) {
            try await server.client.settings.adminInstall(email: "e@example.com")
        }
        #expect(error?.code == .api && error?.response?.status == 401)
        #expect(server.transport.requests.count == 1)
    }
}
