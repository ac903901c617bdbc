import DataMasque
import Foundation
import HTTPTypes
import HummingbirdTesting
import Synchronization
import Testing

@testable import DataMasqueEmulator

@Suite struct IFMPlanTests {
    @Test func createSuffixesTheNameAndReturnsThePlanWithItsURL() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let jwt = try await client.jwtLogin()
            let plan = try await client.createPlan("smoke", bearer: jwt.access)
            let name = try #require(plan["name"]?.stringValue)
            #expect(name.wholeMatch(of: /smoke-[a-z0-9]{6}/) != nil)
            #expect(plan["serial"] == 1)
            #expect(plan["options"] == [:])
            #expect(plan["logs"] == [])
            #expect(plan["ruleset_yaml"]?.stringValue == simpleIFMRuleset)
            let url = try #require(plan["url"]?.stringValue)
            #expect(url.hasPrefix("http://") && url.hasSuffix("/ifm/ruleset-plans/\(name)/"))
            #expect(plan["created_time"]?.stringValue?.hasSuffix("Z") == true)
        }
    }

    @Test func aSeededEmulatorGivesTheSameSuffixesEveryTime() async throws {
        var configuration = EmulatorConfiguration()
        configuration.inFlightMasking.nameSeed = 7
        let names = Mutex<[[String]]>([])
        for _ in 0..<2 {
            try await withTestEmulator(configuration, setup: .live) { client, _ in
                let jwt = try await client.jwtLogin()
                var created: [String] = []
                for _ in 0..<3 {
                    created.append(try #require(try await client.createPlan(bearer: jwt.access)["name"]?.stringValue))
                }
                names.withLock { $0.append(created) }
            }
        }
        let runs = names.withLock { $0 }
        #expect(runs.count == 2 && runs[0] == runs[1])
        #expect(Set(runs[0]).count == 3)
    }

    @Test func putAndPatchIncrementTheSerialAndPatchKeepsWhatItDoesNotSend() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let jwt = try await client.jwtLogin()
            let plan = try await client.createPlan(options: ["enabled": true], bearer: jwt.access)
            let name = try #require(plan["name"]?.stringValue)
            let replacement = simpleIFMRuleset.replacingOccurrences(of: "***@***.***", with: "hidden")
            let put = try await client.send(
                .put, "/ifm/ruleset-plans/\(name)/", bearer: jwt.access,
                json: ["ruleset_yaml": .string(replacement), "options": ["default_log_level": "INFO"]])
            #expect(put.status == .ok)
            #expect(put.json?["serial"] == 2)
            #expect(put.json?["options"] == ["default_log_level": "INFO"])
            #expect(put.json?["url"]?.stringValue?.hasSuffix("/ifm/ruleset-plans/\(name)/") == true)

            let patch = try await client.send(
                .patch, "/ifm/ruleset-plans/\(name)/", bearer: jwt.access, json: ["options": ["enabled": false]])
            #expect(patch.status == .ok)
            #expect(patch.json?["serial"] == 3)
            #expect(patch.json?["ruleset_yaml"]?.stringValue == replacement)
            #expect(patch.json?["options"] == ["default_log_level": "INFO", "enabled": false])

            let get = try await client.send(.get, "/ifm/ruleset-plans/\(name)/", bearer: jwt.access)
            #expect(get.json?["serial"] == 3)
        }
    }

    @Test func deleteAnswers204AndThePlanIsGone() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let jwt = try await client.jwtLogin()
            let name = try #require(try await client.createPlan(bearer: jwt.access)["name"]?.stringValue)
            #expect(try await client.send(.delete, "/ifm/ruleset-plans/\(name)/", bearer: jwt.access).status == .noContent)
            let gone = try await client.send(.get, "/ifm/ruleset-plans/\(name)/", bearer: jwt.access)
            #expect(gone.status == .notFound)
            #expect(gone.json?["error"]?.stringValue?.contains(name) == true)
            #expect(try await client.send(.delete, "/ifm/ruleset-plans/\(name)/", bearer: jwt.access).status == .notFound)
        }
    }

    @Test func theListPagesWithTheIFMEnvelope() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let jwt = try await client.jwtLogin()
            var names: [String] = []
            for index in 0..<3 {
                names.append(try #require(try await client.createPlan("p\(index)", bearer: jwt.access)["name"]?.stringValue))
            }
            let first = try #require(
                try await client.send(.get, "/ifm/ruleset-plans/?limit=2&offset=0", bearer: jwt.access).json)
            #expect(first["total"] == 3 && first["limit"] == 2 && first["offset"] == 0)
            let items = try #require(first["items"]?.arrayValue)
            #expect(items.compactMap { $0["name"]?.stringValue } == Array(names.prefix(2)))
            #expect(items.allSatisfy { $0["ruleset_yaml"] == nil && $0["serial"] == 1 && $0["options"] == [:] })

            let second = try #require(
                try await client.send(.get, "/ifm/ruleset-plans/?limit=2&offset=2", bearer: jwt.access).json)
            #expect(second["items"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == [names[2]])
            let past = try #require(
                try await client.send(.get, "/ifm/ruleset-plans/?offset=9", bearer: jwt.access).json)
            #expect(past["items"] == [] && past["total"] == 3 && past["limit"] == 100)
            let bad = try await client.send(.get, "/ifm/ruleset-plans/?limit=0", bearer: jwt.access)
            #expect(bad.status == .unprocessableContent)
        }
    }

    @Test(arguments: [
        ("version: 1.0\nrules: []\n", "quoted string"),
        ("version: \"1.0\"\n", "rules"),
        ("version: \"1.0\"\nrules:\n  - masks:\n      - type: from_column\n", "not supported"),
        ("version: \"1.0\"\nrules:\n  - masks:\n      - type: shuffle_it\n", "Unknown mask type"),
        ("version: \"1.0\"\nrules:\n  - masks:\n      - type: from_format_string\n        value_format: \"{[a-z\"\n", "value_format"),
        ("version: \"1.0\"\nrules: [\n", "not valid YAML"),
    ])
    func invalidYAMLIsRefusedWithTheErrorsInLogs(yaml: String, message: String) async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let jwt = try await client.jwtLogin()
            let response = try await client.send(
                .post, "/ifm/ruleset-plans/", bearer: jwt.access, json: ["name": "bad", "ruleset_yaml": .string(yaml)])
            #expect(response.status == .badRequest)
            let logs = try #require(response.json?["logs"]?.arrayValue)
            #expect(logs.contains { $0["log_level"] == "error" && $0["message"]?.stringValue?.contains(message) == true })
            let list = try await client.send(.get, "/ifm/ruleset-plans/", bearer: jwt.access)
            #expect(list.json?["total"] == 0)
        }
    }

    @Test func anUnimplementedMaskIsAcceptedWithAWarning() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let jwt = try await client.jwtLogin()
            let yaml = "version: \"1.0\"\nrules:\n  - masks:\n      - type: from_file\n        seed_file: names.csv\n"
            let plan = try await client.createPlan(yaml: yaml, bearer: jwt.access)
            #expect(plan["logs"]?[0]?["log_level"] == "warning")
        }
    }

    @Test func badBodiesAnswer422NamingTheField() async throws {
        try await withTestEmulator(setup: .live) { client, _ in
            let jwt = try await client.jwtLogin()
            let cases: [(JSONValue, [JSONValue])] = [
                (["ruleset_yaml": .string(simpleIFMRuleset)], ["body", "name"]),
                (["name": "x"], ["body", "ruleset_yaml"]),
                (["name": "has space", "ruleset_yaml": .string(simpleIFMRuleset)], ["body", "name"]),
                (
                    ["name": "x", "ruleset_yaml": .string(simpleIFMRuleset), "options": ["colour": "red"]],
                    ["body", "options", "colour"]
                ),
                (
                    ["name": "x", "ruleset_yaml": .string(simpleIFMRuleset), "options": ["default_log_level": "LOUD"]],
                    ["body", "options", "default_log_level"]
                ),
            ]
            for (body, location) in cases {
                let response = try await client.send(.post, "/ifm/ruleset-plans/", bearer: jwt.access, json: body)
                #expect(response.status == .unprocessableContent)
                #expect(response.json?["detail"]?[0]?["loc"] == .array(location))
            }
        }
    }

    @Test func aMaskRunnerMayListAndMaskButNotReadOrChangePlans() async throws {
        try await withTestEmulator(setup: .live) { client, control in
            await control.addUser(username: "runner", password: "pw", roles: ["mask_runner"])
            await control.addUser(username: "builder", password: "pw", roles: ["mask_builder"])
            await control.addUser(username: "librarian", password: "pw", roles: ["ruleset_library_managers"])
            let builder = try await client.jwtLogin(username: "builder", password: "pw")
            let name = try #require(try await client.createPlan(bearer: builder.access)["name"]?.stringValue)

            let runner = try await client.jwtLogin(username: "runner", password: "pw").access
            #expect(try await client.send(.get, "/ifm/ruleset-plans/", bearer: runner).json?["total"] == 1)
            #expect(try await client.send(.get, "/ifm/ruleset-plans/\(name)/", bearer: runner).status == .forbidden)
            let create = try await client.send(
                .post, "/ifm/ruleset-plans/", bearer: runner, json: ["name": "x", "ruleset_yaml": .string(simpleIFMRuleset)])
            #expect(create.status == .forbidden)
            #expect(
                try await client.send(.patch, "/ifm/ruleset-plans/\(name)/", bearer: runner, json: [:]).status
                    == .forbidden)
            #expect(try await client.send(.delete, "/ifm/ruleset-plans/\(name)/", bearer: runner).status == .forbidden)
            #expect(try await client.mask([["email": "a@b.c"]], plan: name, bearer: runner).status == .ok)

            let librarian = try await client.jwtLogin(username: "librarian", password: "pw").access
            #expect(try await client.send(.get, "/ifm/ruleset-plans/", bearer: librarian).status == .forbidden)
            #expect(try await client.mask([], plan: name, bearer: librarian).status == .forbidden)
        }
    }
}
