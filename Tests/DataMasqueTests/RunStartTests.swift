import DataMasque
import Foundation
import Testing

@Suite("Runs: starting and its refusals")
struct RunStartTests {
    struct Refusal: Sendable, CustomTestStringConvertible {
        var body: String
        var code: DataMasqueError.Code
        var library: String?
        var testDescription: String { body }
    }

    /// The refusals of api.md §3.16.A.
    static let refusals = [
        Refusal(body: #"{"ruleset": ["Cannot start run on invalid ruleset."]}"#, code: .invalidRuleset),
        Refusal(body: #"{"ruleset": ["Cannot start run. Library \"foo\" is invalid."]}"#, code: .invalidLibrary, library: "foo"),
        Refusal(
            body: #"{"ruleset": ["Cannot start run. Library \"a \"quoted\" lib\" is invalid."]}"#,
            code: .invalidLibrary, library: #"a "quoted" lib"#),
        Refusal(body: #"{"ruleset": ["CANNOT START RUN. LIBRARY \"Up\" IS INVALID."]}"#, code: .invalidLibrary, library: "Up"),
        Refusal(
            body: #"{"ruleset": ["Cannot start run because a library referenced from the ruleset is invalid."]}"#,
            code: .invalidLibrary),
        Refusal(body: #"{"ruleset": ["Ruleset type \"file\" does not match mask_type \"database\"."]}"#, code: .failedToStart),
        Refusal(body: #"{"ruleset": []}"#, code: .failedToStart),
        Refusal(body: #"{"ruleset": "Cannot start run on invalid ruleset."}"#, code: .failedToStart),
        Refusal(body: #"{"ruleset": [{"message": "Cannot start run"}]}"#, code: .failedToStart),
        Refusal(body: #"{"options": ["This field is required."]}"#, code: .failedToStart),
        Refusal(body: #"{"error": "Simultaneous runs on the same connection are not allowed."}"#, code: .failedToStart),
        Refusal(body: "", code: .failedToStart),
        Refusal(body: "<html>oops</html>", code: .failedToStart),
    ]

    static let request = MaskingRunRequest(connectionID: "conn-1", rulesetID: "rs-1", name: "the-run")

    @Test("a 201 returns the id, sent as a string or a number")
    func started() async throws {
        for body in [#"{"id": "42", "name": "the-run"}"#, #"{"id": 42, "name": null}"#] {
            let server = try ResponderServer { _ in .json(201, body) }
            #expect(try await server.client.runs.start(Self.request) == 42)
            let sent = try #require(server.requests.first)
            #expect(sent.summary.description == "POST /api/runs/")
            #expect(sent.body.jsonObject == [
                "connection": "conn-1", "ruleset": "rs-1", "mask_type": "database", "options": [:], "name": "the-run",
            ])
        }
    }

    @Test("refusals are classified by the first message under ruleset", arguments: refusals)
    func refused(_ refusal: Refusal) async throws {
        let server = try ResponderServer { _ in .json(400, refusal.body) }
        let error = try await #require(throws: DataMasqueError.self) { try await server.client.runs.start(Self.request) }
        #expect(error.code == refusal.code)
        #expect(error.code.isFailedToStart && error.code.isAPIError)
        #expect(error.libraryName == refusal.library)
        #expect(error.status == 400)
        #expect(error.message.contains("HTTP 400") && error.message.contains("'the-run'"))
        #expect(error.response?.text == refusal.body)
        #expect(error.request?.description == "POST /api/runs/")
    }

    @Test("only 201 is success: a 200 is a refusal too, with the body in the message")
    func onlyCreated() async throws {
        let server = try ResponderServer { _ in .json(200, #"{"id": 5}"#) }
        let error = try await #require(throws: DataMasqueError.self) { try await server.client.runs.start(Self.request) }
        #expect(error.code == .failedToStart)
        #expect(error.message.contains(#"{"id":5}"#))
    }

    @Test("a 502 while starting up is not-ready")
    func notReady() async throws {
        let server = try ResponderServer { _ in DataMasqueResponse(status: 502) }
        let error = try await #require(throws: DataMasqueError.self) { try await server.client.runs.start(Self.request) }
        #expect(error.code == .notReady)
    }

    @Test("a bad run secret fails before any request")
    func badSecret() async throws {
        let server = try ResponderServer { _ in .json(201, #"{"id": 1}"#) }
        var request = Self.request
        request.options.runSecret = "short"
        let error = try await #require(throws: DataMasqueError.self) { try await server.client.runs.start(request) }
        #expect(error.code == .configuration)
        #expect(server.transport.requests.isEmpty)
    }
}
