import DataMasque
import Foundation
import Synchronization
import Testing

@Suite("Request pipeline")
struct PipelineTests {
    @Test("the first request logs in, then carries Token <key>")
    func lazyLogin() async throws {
        let transport = ClosureTransport { request in
            request.url.path() == "/api/auth/token/login/" ? loginOK : .json(200, "[]")
        }
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        _ = try await client.send(.GET, "/api/connections/")
        let requests = transport.requests
        #expect(requests.map { $0.url.path() } == ["/api/auth/token/login/", "/api/connections/"])
        #expect(requests[0].headers["Authorization"].isEmpty)
        #expect(requests[1].headers.first(name: "Authorization") == "Token 0123456789abcdef0123456789abcdef01234567")
        let login = try #require(requests[0].body.jsonObject)
        #expect(login["username"] == "admin")
        #expect(login["password"] == "s3cret-pass")
    }

    @Test("a 401 gets one re-login and one replay")
    func reloginOnce() async throws {
        let calls = Mutex(0)
        let transport = ClosureTransport { request in
            if request.url.path() == "/api/auth/token/login/" { return loginOK }
            let call = calls.withLock { count in
                count += 1
                return count
            }
            return call == 1 ? .json(401, #"{"detail": "Invalid token."}"#) : .json(200, "[]")
        }
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        _ = try await client.send(.GET, "/api/connections/")
        #expect(transport.requests.map { $0.url.path() } == [
            "/api/auth/token/login/", "/api/connections/", "/api/auth/token/login/", "/api/connections/",
        ])
    }

    @Test("a second 401 is an API error, after exactly one re-login")
    func secondUnauthorized() async throws {
        let transport = ClosureTransport { request in
            request.url.path() == "/api/auth/token/login/" ? loginOK : .json(401, #"{"detail": "Invalid token."}"#)
        }
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.send(.GET, "/api/connections/") }
        #expect(error?.code == .api)
        #expect(error?.status == 401)
        #expect(error?.serverMessage == "Invalid token.")
        #expect(transport.requests.count == 4)
    }

    @Test("a token provider is asked again after a 401, and no login request is sent")
    func tokenProviderRotates() async throws {
        let issued = Mutex(0)
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com",
            credential: .tokenProvider {
                issued.withLock { count in
                    count += 1
                    return "token-\(count)"
                }
            })
        let transport = ClosureTransport { request in
            request.headers.first(name: "Authorization") == "Token token-2"
                ? .json(200, "[]") : .json(401, #"{"detail": "Invalid token."}"#)
        }
        let client = DataMasqueClient(configuration: configuration, transport: transport)
        _ = try await client.send(.GET, "/api/users/")
        #expect(transport.requests.count == 2)
        #expect(issued.withLock { $0 } == 2)
    }

    @Test("a token provider's error reaches the caller unchanged")
    func tokenProviderError() async throws {
        struct VaultDown: Error {}
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "https://dm.example.com", credential: .tokenProvider { throw VaultDown() })
        let client = DataMasqueClient(configuration: configuration, transport: ClosureTransport { _ in .json(200, "{}") })
        await #expect(throws: VaultDown.self) { try await client.send(.GET, "/api/users/") }
    }

    @Test("an anonymous request's 401 is final: one request, no login")
    func anonymousUnauthorized() async throws {
        let transport = ClosureTransport { _ in .json(401, #"{"detail": "Authentication credentials were not provided."}"#) }
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) {
            try await client.send(.POST, "/api/users/admin-install/", requiresAuthorization: false)
        }
        #expect(error?.status == 401)
        #expect(transport.requests.count == 1)
    }

    @Test("a refused login is an authentication failure naming the user, with the login response")
    func loginRefused() async throws {
        let transport = ClosureTransport { _ in
            .json(400, #"{"non_field_errors": ["Unable to log in with provided credentials."]}"#)
        }
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.authenticate() }
        #expect(error?.code == .authenticationFailed)
        #expect(error?.code.isAPIError == true)
        #expect(error?.status == 400)
        #expect(error?.message.contains("admin") == true)
        #expect(error?.message.contains("Unable to log in") == true)
        #expect(error?.message.contains("s3cret-pass") == false)
    }

    @Test("502 is not-ready, without a response body attached to the message")
    func notReady() async throws {
        let transport = ClosureTransport { _ in DataMasqueResponse(status: 502, body: Data("<html>".utf8)) }
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.healthcheck() }
        #expect(error?.code == .notReady)
    }

    @Test("the User-Agent names this SDK, Swift and the OS")
    func userAgent() async throws {
        let transport = ClosureTransport { _ in .json(200, "{}") }
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        try await client.healthcheck()
        let agent = try #require(transport.requests.first?.headers.first(name: "User-Agent"))
        #expect(agent.range(of: #"^datamasque-swift/\S+ \(Swift/\d+\.\d+; \S+/\S+\)$"#, options: .regularExpression) != nil)
    }
}

extension RequestBody {
    /// The members of a JSON object body, for assertions.
    var jsonObject: [String: JSONValue]? {
        guard case .data(let data, _) = self else { return nil }
        return (try? JSONDecoder().decode(JSONValue.self, from: data))?.objectValue
    }
}
