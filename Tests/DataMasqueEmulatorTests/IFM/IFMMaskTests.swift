import DataMasque
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct IFMMaskTests {
    /// Creates a plan from `masks` (YAML lines of a single rule's mask list) and returns its name and a token.
    private func plan(
        _ client: any TestClientProtocol, masks: String, options: JSONValue? = nil
    ) async throws -> (name: String, token: String) {
        let jwt = try await client.jwtLogin()
        let yaml = "version: \"1.0\"\nrules:\n  - masks:\n" + masks
        let plan = try await client.createPlan(yaml: yaml, options: options, bearer: jwt.access)
        return (try #require(plan["name"]?.stringValue), jwt.access)
    }

    private static let secret = "a-run-secret-of-twenty-plus"

    @Test func fromFixedReplacesEveryRecordAndTheResultNamesThePlan() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(client, masks: "      - type: from_fixed\n        value: 42\n")
            let response = try await client.mask(["a", 1, ["x": 1]], plan: name, bearer: token, extra: ["request_id": "req-1"])
            #expect(response.status == .ok)
            let body = try #require(response.json)
            #expect(body["data"] == [42, 42, 42])
            #expect(body["request_id"] == "req-1")
            #expect(body["ruleset_plan"] == ["name": .string(name), "serial": 1])
            #expect(body["logs"] == [])
        }
    }

    @Test func fromChoicesPicksOneOfTheChoices() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(
                client, masks: "      - type: from_choices\n        choices: [red, green, 7]\n")
            let data = try #require(
                try await client.mask(Array(repeating: "x", count: 20), plan: name, bearer: token).json?["data"]?
                    .arrayValue)
            #expect(data.count == 20)
            #expect(data.allSatisfy { ["red", "green", 7].contains($0) })
            #expect(Set(data.map { "\($0)" }).count > 1)
        }
    }

    @Test func fromFormatStringFollowsTheFormat() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(
                client, masks: "      - type: from_format_string\n        value_format: \"{[A-Z],2}-{[0-9],4}\"\n")
            let data = try #require(try await client.mask(["a", "b"], plan: name, bearer: token).json?["data"]?.arrayValue)
            for value in data {
                #expect(value.stringValue?.wholeMatch(of: /[A-Z]{2}-[0-9]{4}/) != nil)
            }
        }
    }

    @Test func imitateKeepsTheShapeOfStringsAndNumbers() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(client, masks: "      - type: imitate\n        force_change: true\n")
            let data = try #require(
                try await client.mask(["Ab-12", 305], plan: name, bearer: token).json?["data"]?.arrayValue)
            let text = try #require(data[0].stringValue)
            #expect(text.wholeMatch(of: /[A-Z][a-z]-[0-9]{2}/) != nil)
            #expect(text.first != "A" && text.last != "2")
            #expect(data[1].intValue != nil && data[1] != 305)
        }
    }

    @Test func jsonTransformsMaskNestedPathsAndKeepTheRest() async throws {
        let masks = """
                  - type: json
                    transforms:
                      - path: [customer, email]
                        masks:
                          - type: from_fixed
                            value: "***@***.***"
                      - path: [orders, "*", card]
                        masks:
                          - type: from_format_string
                            value_format: "{[0-9],4}"
                      - path: [nickname]
                        on_missing: skip
                        masks:
                          - type: from_fixed
                            value: gone

            """
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(client, masks: masks)
            let record: JSONValue = [
                "id": 7, "customer": ["email": "jo@example.com", "name": "Jo"],
                "orders": [["card": "1111", "total": 3], ["card": "2222", "total": 4]],
            ]
            let asString = JSONValue.string(
                String(decoding: try JSONEncoder().encode(record), as: UTF8.self))
            let data = try #require(try await client.mask([record, asString], plan: name, bearer: token).json?["data"])
            let masked = try #require(data[0])
            #expect(masked["id"] == 7)
            #expect(masked["customer"] == ["email": "***@***.***", "name": "Jo"])
            let orders = try #require(masked["orders"]?.arrayValue)
            #expect(orders.map { $0["total"] } == [3, 4])
            #expect(orders.allSatisfy { $0["card"]?.stringValue?.wholeMatch(of: /[0-9]{4}/) != nil })
            #expect(masked["nickname"] == nil)
            let reparsed = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(data[1]?.stringValue).utf8))
            #expect(reparsed["customer"]?["email"] == "***@***.***")
        }
    }

    @Test(arguments: [
        ("      - type: imitate\n", ["nested": true] as JSONValue, "imitate cannot mask a value of type object"),
        (
            "      - type: json\n        transforms:\n          - path: [email]\n            masks:\n              - type: do_nothing\n",
            ["name": "no email"] as JSONValue, "json found nothing at path [\"email\"]"
        ),
        (
            "      - type: json\n        transforms:\n          - path: [email]\n            masks:\n              - type: do_nothing\n",
            "not json" as JSONValue, "not a JSON object or array"
        ),
        ("      - type: from_file\n        seed_file: names.csv\n", "x" as JSONValue, "does not implement"),
    ])
    func aValueAMaskCannotHandleIsASoftFailure(masks: String, record: JSONValue, message: String) async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(client, masks: masks)
            let response = try await client.mask(["fine", record], plan: name, bearer: token, extra: ["request_id": "req-soft"])
            #expect(response.status == .badRequest)
            let body = try #require(response.json)
            #expect(body["data"] == nil)
            #expect(body["request_id"] == "req-soft")
            #expect(body["ruleset_plan"]?["name"]?.stringValue == name)
            let logs = try #require(body["logs"]?.arrayValue)
            #expect(logs.contains {
                $0["log_level"] == "error" && $0["timestamp"]?.stringValue != nil
                    && $0["message"]?.stringValue?.contains("Record 1: ") == true
                    && $0["message"]?.stringValue?.contains(message) == true
            })
        }
    }

    @Test func theSameRunSecretGivesTheSameOutputAndAnotherSecretDoesNot() async throws {
        let masks = "      - type: from_format_string\n        value_format: \"{[a-z],12}\"\n"
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(client, masks: masks)
            let data: [JSONValue] = ["a", "b", "c"]
            let first = try await client.mask(data, plan: name, bearer: token, extra: ["run_secret": .string(Self.secret)])
            let again = try await client.mask(data, plan: name, bearer: token, extra: ["run_secret": .string(Self.secret)])
            let other = try await client.mask(
                data, plan: name, bearer: token, extra: ["run_secret": "another-secret-of-twenty-chars"])
            #expect(first.json?["data"] == again.json?["data"])
            #expect(first.json?["data"] != other.json?["data"])
            let plain = try await client.mask(data, plan: name, bearer: token)
            #expect(plain.json?["data"] == (try await client.mask(data, plan: name, bearer: token)).json?["data"])
        }
    }

    @Test func equalHashValuesGiveEqualOutputWhereverTheRecordsAre() async throws {
        let masks = "      - type: from_choices\n        choices: [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p]\n"
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(client, masks: masks)
            let hashes: [JSONValue] = ["alice", "bob", "alice", "carol", "dave", "erin", "alice"]
            let data = try #require(
                try await client.mask(
                    Array(repeating: "x", count: hashes.count), plan: name, bearer: token,
                    extra: ["run_secret": .string(Self.secret), "hash_values": .array(hashes)]
                ).json?["data"]?.arrayValue)
            #expect(data[0] == data[2] && data[0] == data[6])
            #expect(Set(data.map { "\($0)" }).count > 1)
            let alone = try await client.mask(
                ["y"], plan: name, bearer: token, extra: ["run_secret": .string(Self.secret), "hash_values": ["alice"]])
            #expect(alone.json?["data"]?[0] == data[0])
        }
    }

    @Test func badMaskRequestsAnswer422() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(client, masks: "      - type: do_nothing\n")
            let short = try await client.mask(["x"], plan: name, bearer: token, extra: ["run_secret": "short"])
            #expect(short.status == .unprocessableContent)
            #expect(short.json?["detail"]?[0]?["loc"] == ["body", "run_secret"])
            let mismatched = try await client.mask(["x"], plan: name, bearer: token, extra: ["hash_values": [1, 2]])
            #expect(mismatched.status == .unprocessableContent)
            let noData = try await client.send(.post, "/ifm/ruleset-plans/\(name)/mask/", bearer: token, json: [:])
            #expect(noData.status == .unprocessableContent)
            let missing = try await client.mask(["x"], plan: "nope-abcdef", bearer: token)
            #expect(missing.status == .notFound)
        }
    }

    @Test func aDisabledPlanRefusesToMask() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(client, masks: "      - type: do_nothing\n", options: ["enabled": false])
            let response = try await client.mask(["x"], plan: name, bearer: token)
            #expect(response.status == .badRequest)
            #expect(response.json?["ruleset_plan"] == nil)
        }
    }

    @Test func anInfoLogLevelAddsASummaryLine() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let (name, token) = try await plan(client, masks: "      - type: do_nothing\n")
            let response = try await client.mask(["x", 2], plan: name, bearer: token, extra: ["log_level": "INFO"])
            #expect(response.json?["data"] == ["x", 2])
            #expect(response.json?["logs"]?[0]?["log_level"] == "info")
        }
    }
}
