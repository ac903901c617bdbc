import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Authentication over loopback")
struct AuthenticationIntegrationTests {
    @Test("the first call logs in once; later calls reuse the token")
    func lazyLogin() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                _ = try await client.send(.GET, "/api/connections/")
                _ = try await client.send(.GET, "/api/connections/")
            }
            #expect(await emulator.control.loginCount == 1)
        }
    }

    @Test("an expired token is renewed by one re-login and the request replayed")
    func expiredToken() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                try await client.authenticate()
                await emulator.control.expireAllTokens()
                await emulator.control.removeRecordedRequests()
                _ = try await client.send(.GET, "/api/connections/")
            }
            let paths = await emulator.control.requests.map { "\($0.status) \($0.path)" }
            #expect(paths == ["401 /api/connections/", "200 /api/auth/token/login/", "200 /api/connections/"])
        }
    }

    @Test("64 concurrent calls on an expired token cause exactly one login")
    func concurrentSingleLogin() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                try await client.authenticate()
                await emulator.control.expireAllTokens()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<64 {
                        group.addTask { _ = try await client.connections.list() }
                    }
                    try await group.waitForAll()
                }
            }
            #expect(await emulator.control.loginCount == 2)
        }
    }

    @Test("64 concurrent first calls share one login")
    func concurrentFirstLogin() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<64 {
                        group.addTask { _ = try await client.connections.list() }
                    }
                    try await group.waitForAll()
                }
            }
            #expect(await emulator.control.loginCount == 1)
        }
    }

    @Test("a wrong password is an authentication failure from the login, with the server's reason")
    func wrongPassword() async throws {
        try await withEmulator { emulator in
            let configuration = try emulator.clientConfiguration(
                credential: .password(username: emulator.configuration.username, password: "wrong-password"))
            try await withDataMasqueClient(configuration) { client in
                let error = await #expect(throws: DataMasqueError.self) { try await client.connections.list() }
                #expect(error?.code == .authenticationFailed)
                #expect(error?.code.isAPIError == true)
                #expect(error?.status == 400)
                #expect(error?.message.contains("wrong-password") == false)
            }
        }
    }

    @Test("revoked tokens that stay rejected end in a 401 API error after one re-login")
    func persistentUnauthorized() async throws {
        try await withEmulator { emulator in
            let configuration = try emulator.clientConfiguration(
                credential: .tokenProvider { "not-a-token-the-server-knows" })
            try await withDataMasqueClient(configuration) { client in
                let error = await #expect(throws: DataMasqueError.self) { try await client.connections.list() }
                #expect(error?.code == .api)
                #expect(error?.status == 401)
                #expect(error?.serverMessage == "Invalid token.")
            }
            #expect(await emulator.control.requests.count == 2)
        }
    }

    @Test("the healthcheck needs no login")
    func healthcheck() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in try await client.healthcheck() }
            #expect(await emulator.control.loginCount == 0)
            #expect(await emulator.control.requests.allSatisfy { $0.headers["authorization"] == nil && $0.headers["Authorization"] == nil })
        }
    }
}
