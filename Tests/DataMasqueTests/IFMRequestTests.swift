import DataMasque
import Foundation
import Testing

@Suite("In-flight masking: requests, paging and mask outcomes")
struct IFMRequestTests {
    /// A JWT login answer.
    static let jwtLogin = DataMasqueResponse.json(200, #"{"access_token": "jwt-a", "refresh_token": "jwt-r", "token_type": "Bearer"}"#)
    static let plan = #"{"name": "p1-abc123", "serial": 2, "created_time": "2025-01-01T00:00:00Z", "modified_time": "2025-01-01T00:00:00Z", "options": {}}"#

    /// A client whose transport logs in and answers every IFM request with `answer`.
    static func client(
        ifmURL: String? = nil,
        _ answer: @escaping @Sendable (DataMasqueRequest) -> DataMasqueResponse
    ) throws -> (DataMasqueIFMClient, ClosureTransport) {
        let transport = ClosureTransport { request in
            request.url.path() == "/api/auth/jwt/login/" ? jwtLogin : answer(request)
        }
        let configuration = try DataMasqueIFMClient.Configuration(
            adminURL: "https://dm.example.com", ifmURL: ifmURL,
            credential: .password(username: "ifm", password: "pw"), retryPolicy: .none)
        return (DataMasqueIFMClient(configuration: configuration, transport: transport), transport)
    }

    static func body(_ request: DataMasqueRequest) throws -> JSONValue {
        guard case .data(let data, _) = request.body else { return .null }
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    @Test("plan requests go under the IFM URL with its prefix, the name escaped, with only the given fields")
    func planRequests() async throws {
        let (client, transport) = try Self.client(ifmURL: "https://dm.example.com/edge/ifm/") { _ in .json(200, Self.plan) }
        _ = try await client.rulesetPlans.create(name: "p1", yaml: "version: '1.0'")
        _ = try await client.rulesetPlans.create(name: "p1", yaml: "y", options: .init(enabled: true))
        _ = try await client.rulesetPlans.get(name: "a b/c")
        _ = try await client.rulesetPlans.update(name: "p1-abc123", yaml: "y2")
        _ = try await client.rulesetPlans.patch(name: "p1-abc123", options: .init(defaultLogLevel: .debug))
        try await client.rulesetPlans.delete(name: "p1-abc123")
        let sent = transport.requests.dropFirst()
        #expect(sent.map { "\($0.method.rawValue) \($0.url.absoluteString)" } == [
            "POST https://dm.example.com/edge/ifm/ruleset-plans/",
            "POST https://dm.example.com/edge/ifm/ruleset-plans/",
            "GET https://dm.example.com/edge/ifm/ruleset-plans/a%20b%2Fc/",
            "PUT https://dm.example.com/edge/ifm/ruleset-plans/p1-abc123/",
            "PATCH https://dm.example.com/edge/ifm/ruleset-plans/p1-abc123/",
            "DELETE https://dm.example.com/edge/ifm/ruleset-plans/p1-abc123/",
        ])
        let bodies = try sent.map(Self.body)
        #expect(bodies[0] == ["name": "p1", "ruleset_yaml": "version: '1.0'"])
        #expect(bodies[1] == ["name": "p1", "ruleset_yaml": "y", "options": ["enabled": true]])
        #expect(bodies[3] == ["ruleset_yaml": "y2"])
        #expect(bodies[4] == ["options": ["default_log_level": "DEBUG"]])
        #expect(sent.allSatisfy { $0.headers.first(name: "Authorization") == "Bearer jwt-a" })
    }

    @Test("an empty plan name is refused before any request")
    func emptyName() async throws {
        let (client, transport) = try Self.client { _ in .json(200, Self.plan) }
        let error = await #expect(throws: DataMasqueError.self) { try await client.rulesetPlans.get(name: "") }
        #expect(error?.code == .configuration)
        #expect(transport.requests.isEmpty)
    }

    @Test("listing walks the pages by offset until the total is reached")
    func paging() async throws {
        let (client, transport) = try Self.client { request in
            let offset = Int(request.url.query()?.split(separator: "=").last ?? "0") ?? 0
            let items = (offset..<min(offset + 2, 5)).map { _ in Self.plan }.joined(separator: ", ")
            return .json(200, #"{"items": [\#(items)], "total": 5, "limit": 2, "offset": \#(offset)}"#)
        }
        let plans = try await client.rulesetPlans.listPaginated(pageSize: 2).collect()
        #expect(plans.count == 5)
        #expect(transport.requests.dropFirst().map { $0.url.query() ?? "" } == [
            "limit=2&offset=0", "limit=2&offset=2", "limit=2&offset=4",
        ])
    }

    @Test("listing stops at an empty page even when the total says more")
    func emptyPage() async throws {
        let (client, transport) = try Self.client { _ in .json(200, #"{"items": [], "total": 9, "limit": 100, "offset": 0}"#) }
        #expect(try await client.rulesetPlans.list().isEmpty)
        #expect(transport.requests.count == 2)
    }

    @Test("a server that ignores the offset ends the listing with an error instead of looping")
    func ignoredOffset() async throws {
        let (client, _) = try Self.client { _ in .json(200, #"{"items": [\#(Self.plan)], "total": 1000000, "offset": 0}"#) }
        let error = await #expect(throws: DataMasqueError.self) { _ = try await client.rulesetPlans.list() }
        #expect(error?.code == .unexpectedResponse)
    }

    @Test(
        "mask outcomes: success, soft failure, not ready, API errors",
        arguments: [
            (200, #"{"data": [1]}"#, "success"), (200, "", "success"),
            (400, #"{"ruleset_plan": {"name": "p", "serial": 1}, "logs": []}"#, "soft"),
            (400, #"{"error": "Invalid masking parameters"}"#, "api"), (404, #"{"error": "no plan"}"#, "api"),
            (502, "<html></html>", "notReady"),
        ])
    func maskOutcomes(status: Int, body: String, outcome: String) async throws {
        let (client, transport) = try Self.client { _ in .json(status, body) }
        do {
            let result = try await client.mask(plan: "p", records: [JSONValue.int(1)])
            #expect(outcome == (result.success ? "success" : "soft"))
        } catch let error as DataMasqueError {
            #expect(error.code.description == outcome)
            #expect(error.status == (outcome == "api" ? status : nil))
        }
        let mask = try #require(transport.requests.last)
        #expect(mask.url.path() == "/ifm/ruleset-plans/p/mask/")
        #expect(try Self.body(mask) == ["data": [1]])
    }

    @Test("a JWT login that is refused is an IFM authentication error naming the status, without the password")
    func refusedLogin() async throws {
        let transport = ClosureTransport { _ in .json(401, #"{"detail": "No active account found with the given credentials"}"#) }
        let configuration = try DataMasqueIFMClient.Configuration(
            adminURL: "https://dm.example.com", credential: .password(username: "ifm", password: "pw-secret"),
            retryPolicy: .none)
        let client = DataMasqueIFMClient(configuration: configuration, transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.verifyToken() }
        #expect(error?.code == .ifmAuthentication)
        #expect(error?.status == 401)
        #expect(error?.message.contains("401") == true)
        #expect(error.map { "\($0)" }?.contains("pw-secret") == false)
        #expect(transport.requests.map { $0.url.absoluteString } == ["https://dm.example.com/api/auth/jwt/login/"])
    }
}
