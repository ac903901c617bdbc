import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct SPCSGatewayTests {
    static let pat = "pat-0123456789"
    static let configuration = EmulatorConfiguration(spcsPAT: pat)
    static let gatewayHeaders: HTTPFields = [.spcsAuthorization: "Snowflake Token=\"\(pat)\""]

    /// Checks the gateway's rejection shape and returns its `detail`.
    func expectRejection(_ response: TestResponse, status: HTTPResponse.Status, type: String) throws -> String {
        #expect(response.status == status)
        #expect(response.headers[.server] == "_")
        let body = try #require(response.json?.objectValue)
        #expect(Set(body.keys) == ["responseType", "requestId", "detail"])
        #expect(body["responseType"]?.stringValue == type)
        let requestID = try #require(body["requestId"]?.stringValue)
        #expect(requestID.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil)
        return try #require(body["detail"]?.stringValue)
    }

    @Test func aMissingHeaderIsRejectedEvenForAnonymousPaths() async throws {
        try await withTestEmulator(Self.configuration) { client, _ throws in
            let first = try await client.send(.get, "/api/healthcheck/")
            #expect(
                try expectRejection(first, status: .unauthorized, type: "ERROR_MISSING_TOKEN") == "Unauthorized request"
            )
            let second = try await client.send(.get, "/api/healthcheck/")
            #expect(first.json?["requestId"] != second.json?["requestId"])
        }
    }

    @Test func aWrongPATIsAnInvalidToken() async throws {
        try await withTestEmulator(Self.configuration) { client, _ throws in
            let response = try await client.send(
                .post, "/api/auth/token/login/", headers: [.spcsAuthorization: "Snowflake Token=\"wrong\""])
            #expect(
                try expectRejection(response, status: .unauthorized, type: "ERROR_INVALID_TOKEN") == "Invalid token")
        }
    }

    @Test func theExpiredSwitchRejectsTheRightPAT() async throws {
        try await withTestEmulator(Self.configuration) { client, control throws in
            await control.setSPCSGatewayMode(.expired)
            let response = try await client.send(.get, "/api/healthcheck/", headers: Self.gatewayHeaders)
            #expect(
                try expectRejection(response, status: .unauthorized, type: "ERROR_EXPIRED_TOKEN").contains("expired"))
        }
    }

    @Test func theNetworkPolicySwitchAnswers403() async throws {
        try await withTestEmulator(Self.configuration) { client, _ throws in
            #expect(
                try await client.send(.post, "/_emulator/spcs-mode", json: ["mode": "network_policy"]).status
                    == .noContent)
            let response = try await client.send(.get, "/api/healthcheck/", headers: Self.gatewayHeaders)
            #expect(
                try expectRejection(response, status: .forbidden, type: "ERROR_NETWORK_POLICY")
                    == "Request failed network policy check")
        }
    }

    @Test func acceptedResponsesCarryTheGatewayHeaders() async throws {
        try await withTestEmulator(Self.configuration) { client, _ throws in
            let response = try await client.send(.get, "/api/healthcheck/", headers: Self.gatewayHeaders)
            #expect(response.status == .ok)
            #expect(response.headers[.server] == "_")
            #expect(response.headers[.setCookie]?.hasPrefix("sfc-ss-") == true)
            #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[HTTPField.Name("Cross-Origin-Embedder-Policy")!] == "credentialless")
            #expect(response.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test func dataMasque401sPassThroughWithTheirDRFBody() async throws {
        try await withTestEmulator(Self.configuration) { client, _ throws in
            let response = try await client.send(.get, "/api/connections/", headers: Self.gatewayHeaders)
            #expect(response.status == .unauthorized)
            #expect(response.json == ["detail": "Authentication credentials were not provided."])
            #expect(response.headers[.server] == "_")
            #expect(response.headers[.wwwAuthenticate] == "Token")
        }
    }

    @Test func loginAndTokenAuthWorkBehindTheGateway() async throws {
        try await withTestEmulator(Self.configuration) { client, _ throws in
            let key = try await client.login(headers: Self.gatewayHeaders)
            let response = try await client.send(.get, "/api/connections/", token: key, headers: Self.gatewayHeaders)
            #expect(response.status == .ok)
        }
    }

    @Test func controlEndpointsBypassTheGateway() async throws {
        try await withTestEmulator(Self.configuration) { client, _ throws in
            let response = try await client.send(.get, "/_emulator/requests")
            #expect(response.status == .ok)
            #expect(response.headers[.server] == nil)
        }
    }

    @Test func handlersNeverSeeTheGatewayCredentials() async throws {
        let state = EmulatorState(configuration: Self.configuration)
        let router = buildRouter(configuration: Self.configuration, state: state)
        router.get("/probe/") { request, _ -> Response in
            let seen = request.headers.map(\.value).joined(separator: "\n")
            return .json(["seen": .string(seen)])
        }
        try await Application(router: router).test(.router) { client in
            var headers = Self.gatewayHeaders
            headers[.userAgent] = "probe"
            let viaHeader = try await client.send(.get, "/probe/", headers: headers)
            #expect(viaHeader.status == .ok)
            #expect(viaHeader.json?["seen"]?.stringValue?.contains(Self.pat) == false)
            #expect(viaHeader.json?["seen"]?.stringValue?.contains("probe") == true)

            let viaAuthorization = try await client.send(
                .get, "/probe/", headers: [.authorization: "Snowflake Token=\"\(Self.pat)\""])
            #expect(viaAuthorization.status == .ok)
            #expect(viaAuthorization.json?["seen"]?.stringValue?.contains(Self.pat) == false)
        }
    }
}
