import DataMasque
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

/// A ruleset with one `json` mask replacing `email`, for tests that only need a valid plan.
let simpleIFMRuleset = """
    version: "1.0"
    rules:
      - masks:
          - type: json
            transforms:
              - path: [email]
                masks:
                  - type: from_fixed
                    value: "***@***.***"
    """

extension TestClientProtocol {
    /// Logs in for in-flight masking and returns the access and refresh tokens.
    func jwtLogin(username: String = "admin", password: String = "datamasque") async throws
        -> (access: String, refresh: String)
    {
        let response = try await send(
            .post, "/api/auth/jwt/login/", json: ["username": .string(username), "password": .string(password)])
        #expect(response.status == .ok)
        let body = try #require(response.json)
        return (
            try #require(body["access_token"]?.stringValue), try #require(body["refresh_token"]?.stringValue)
        )
    }

    /// Sends a request with `Authorization: Bearer <token>`.
    func send(_ method: HTTPRequest.Method, _ uri: String, bearer: String, json: JSONValue? = nil) async throws
        -> TestResponse
    {
        try await send(method, uri, json: json, headers: [.authorization: "Bearer \(bearer)"])
    }

    /// Creates a plan named `name` plus a suffix with `yaml` and returns the stored plan.
    func createPlan(
        _ name: String = "smoke", yaml: String = simpleIFMRuleset, options: JSONValue? = nil, bearer: String
    ) async throws -> JSONValue {
        var body: [String: JSONValue] = ["name": .string(name), "ruleset_yaml": .string(yaml)]
        if let options { body["options"] = options }
        let response = try await send(.post, "/ifm/ruleset-plans/", bearer: bearer, json: .object(body))
        #expect(response.status == .created, "\(response.text)")
        return try #require(response.json)
    }

    /// Masks `data` with plan `plan`, adding `extra` members to the request body.
    func mask(
        _ data: [JSONValue], plan: String, bearer: String, extra: [String: JSONValue] = [:]
    ) async throws -> TestResponse {
        var body = extra
        body["data"] = .array(data)
        return try await send(.post, "/ifm/ruleset-plans/\(plan)/mask/", bearer: bearer, json: .object(body))
    }
}
