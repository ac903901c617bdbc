import DataMasque
import Foundation
import NIOHTTP1
import Synchronization
import Testing

@Suite("SPCS gateway in the request pipeline")
struct SPCSPipelineTests {
    static let pat = "snowflake-pat-secret-value"
    static let rejection = DataMasqueResponse.json(
        401,
        #"{"responseType": "ERROR_INVALID_TOKEN", "requestId": "12345678-1234-1234-1234-123456789abc", "detail": "Invalid token"}"#,
        headers: ["Server": "_", "Set-Cookie": "sfc-ss-session=1"])

    @Test("every request carries the PAT header, login and healthcheck included")
    func headerEverywhere() async throws {
        let transport = ClosureTransport { request in
            request.url.path() == "/api/auth/token/login/" ? loginOK : .json(200, "{}", headers: ["Server": "_"])
        }
        let client = DataMasqueClient(configuration: try .test(spcsPAT: Self.pat), transport: transport)
        try await client.healthcheck()
        _ = try await client.send(.GET, "/api/connections/")
        #expect(transport.requests.count == 3)
        for request in transport.requests {
            #expect(request.headers.first(name: "X-SF-SPCS-Authorization") == "Snowflake Token=\"\(Self.pat)\"")
        }
        #expect(transport.requests[2].headers.first(name: "Authorization")?.hasPrefix("Token ") == true)
    }

    @Test("without a PAT there is no gateway header, and a gateway-shaped 401 is an ordinary 401")
    func noPAT() async throws {
        let transport = ClosureTransport { _ in Self.rejection }
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.healthcheck() }
        #expect(error?.code == .api)
        #expect(transport.requests.allSatisfy { $0.headers["X-SF-SPCS-Authorization"].isEmpty })
    }

    @Test("a gateway rejection is thrown at once: one request, no login, no replay")
    func rejectionIsFinal() async throws {
        let transport = ClosureTransport { _ in Self.rejection }
        let client = DataMasqueClient(configuration: try .test(spcsPAT: Self.pat), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.send(.GET, "/api/connections/") }
        #expect(error?.code == .spcsGatewayRejected)
        #expect(error?.code.isAPIError == false)
        #expect(error?.gatewayRejection?.requestID == "12345678-1234-1234-1234-123456789abc")
        #expect(error?.gatewayRejection?.likelyCause == .invalidToken)
        #expect(transport.requests.count == 1)
        #expect(transport.requests[0].url.path() == "/api/auth/token/login/")
    }

    @Test("a rejection of an authenticated request is not answered by a re-login")
    func rejectionAfterLogin() async throws {
        let transport = ClosureTransport { request in
            request.url.path() == "/api/auth/token/login/" ? loginOK : Self.rejection
        }
        let client = DataMasqueClient(configuration: try .test(spcsPAT: Self.pat), transport: transport)
        try await client.authenticate()
        await #expect(throws: DataMasqueError.self) { try await client.send(.GET, "/api/connections/") }
        #expect(transport.requests.map { $0.url.path() } == ["/api/auth/token/login/", "/api/connections/"])
    }

    @Test("DataMasque's own 401 behind the gateway still gets the re-login")
    func dataMasque401BehindGateway() async throws {
        let calls = Mutex(0)
        let transport = ClosureTransport { request in
            if request.url.path() == "/api/auth/token/login/" { return loginOK }
            let replay = calls.withLock { count in
                count += 1
                return count == 2
            }
            return replay
                ? .json(200, "[]", headers: ["Server": "_"])
                : .json(401, #"{"detail": "Invalid token."}"#, headers: ["Server": "_", "Set-Cookie": "sfc-ss-x=1"])
        }
        let client = DataMasqueClient(configuration: try .test(spcsPAT: Self.pat), transport: transport)
        _ = try await client.send(.GET, "/api/connections/")
        #expect(transport.requests.map { $0.url.path() } == [
            "/api/auth/token/login/", "/api/connections/", "/api/auth/token/login/", "/api/connections/",
        ])
    }

    @Test("the PAT appears in no error text")
    func patNotInError() async throws {
        let transport = ClosureTransport { _ in Self.rejection }
        let client = DataMasqueClient(configuration: try .test(spcsPAT: Self.pat), transport: transport)
        do {
            try await client.authenticate()
            Issue.record("expected a gateway rejection")
        } catch let error as DataMasqueError {
            var dumped = ""
            dump(error, to: &dumped)
            for text in [error.description, error.message, String(reflecting: error), dumped] {
                #expect(!text.contains(Self.pat))
            }
            #expect(error.message.contains("Invalid token"))
            #expect(error.message.contains("12345678-1234-1234-1234-123456789abc"))
        }
    }
}
