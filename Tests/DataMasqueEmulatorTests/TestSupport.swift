import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

/// Runs `body` against the emulator's handlers, without a socket unless `setup` is `.live`.
func withTestEmulator(
    _ configuration: EmulatorConfiguration = EmulatorConfiguration(),
    setup: TestingSetup = .router,
    _ body: @escaping @Sendable (any TestClientProtocol, EmulatorControl) async throws -> Void
) async throws {
    let state = EmulatorState(configuration: configuration)
    let application = try await buildApplication(configuration: configuration, state: state)
    try await application.test(setup) { client in
        try await body(client, EmulatorControl(state: state))
    }
}

extension TestClientProtocol {
    /// Sends `json` (if any) with `Content-Type: application/json`.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, json: JSONValue? = nil, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = headers
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONEncoder().encode(json))
        }
        return try await execute(uri: uri, method: method, headers: headers, body: body)
    }

    /// Sends a request with `Authorization: Token <key>`.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, token: String, json: JSONValue? = nil, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = headers
        headers[.authorization] = "Token \(token)"
        return try await send(method, uri, json: json, headers: headers)
    }

    /// Logs in, as the default user unless told otherwise, and returns the key.
    func login(username: String = "admin", password: String = "datamasque", headers: HTTPFields = [:]) async throws
        -> String
    {
        let response = try await send(
            .post, "/api/auth/token/login/", json: ["username": .string(username), "password": .string(password)],
            headers: headers)
        #expect(response.status == .ok)
        return try #require(response.json?["key"]?.stringValue)
    }
}

extension TestResponse {
    /// The body as JSON, if it is JSON.
    var json: JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(body.readableBytesView))
    }

    /// The body as text.
    var text: String {
        String(buffer: body)
    }
}
