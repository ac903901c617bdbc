import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

/// Rulesets and libraries are validated once, when written, within limits;
/// reads answer with the stored verdict.
@Suite struct ValidationOnWriteTests {
    /// A 600-odd-byte ruleset whose aliases stand for 9^8 nested `serial` tasks.
    static let yamlBomb: String = {
        var lines = ["version: '1.0'", "defs:", "  - &l0 {type: mask_table, table: t}"]
        for level in 1...8 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ",")
            lines.append("  - &l\(level) {type: serial, tasks: [\(aliases)]}")
        }
        lines += ["tasks: [*l8]", ""]
        return lines.joined(separator: "\n")
    }()

    /// Saves a database ruleset and returns the response.
    static func save(_ client: any TestClientProtocol, _ key: String, _ yaml: String, name: String = "r")
        async throws -> TestResponse
    {
        try await client.send(
            .post, "/api/rulesets/?upsert=true", token: key,
            json: ["name": .string(name), "mask_type": "database", "config_yaml": .string(yaml)])
    }

    @Test(.timeLimit(.minutes(1)))
    func aYAMLBombIsStoredInvalidAtOnce() async throws {
        #expect(Self.yamlBomb.utf8.count < 700)
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let saved = try await Self.save(client, key, Self.yamlBomb)
            #expect(saved.status == .created)
            #expect(saved.json?["is_valid"] == "invalid")
            let message = saved.json?["validation_errors"]?[0]?["message"]?.stringValue ?? ""
            #expect(message.contains("aliases"))
            #expect(message.contains("100000"))
            #expect(saved.json?["validation_errors"]?[0]?["line_number"] != nil)
            #expect(try await client.send(.get, "/api/v2/rulesets/", token: key).status == .ok)
        }
    }

    @Test(arguments: [
        ("version: '1.0'\nx: &a [1]\n? *a\n: 1\ntasks: []\n", "Aliases cannot be used in mapping keys."),
        ("version: '1.0'\nx: &a [1]\n*a : 1\ntasks: []\n", "Aliases cannot be used in mapping keys."),
        ("version: '1.0'\nx: &a [1]\n[*a, *a]: 1\ntasks: []\n", "Aliases cannot be used in mapping keys."),
        ("x: " + String(repeating: "[", count: 1_000), "nested more than 128 levels deep"),
        ("x:\n" + (0..<200).map { String(repeating: " ", count: $0 + 1) + "- \n" }.joined(), "nested more than 128"),
        ("version: '1.0'\nx: &a 1\ny: [" + Array(repeating: "*a", count: 1_001).joined(separator: ", ") + "]\n",
            "more than 1000 aliases"),
    ])
    func yamlBeyondTheLimitsIsStoredInvalid(yaml: String, message: String) async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let saved = try await Self.save(client, key, yaml)
            #expect(saved.json?["is_valid"] == "invalid")
            #expect(saved.json?["validation_errors"]?[0]?["message"]?.stringValue?.contains(message) == true)
        }
    }

    @Test func yamlOverTheSizeLimitIsInvalidWithoutParsing() {
        let yaml = "version: '1.0'\ntasks: []\n# " + String(repeating: "x", count: YAMLLimits.maximumSize) + "\n"
        let verdict = RulesetValidator(kind: .ruleset, scope: "database").validate(yaml)
        #expect(verdict.issues.map(\.message) == ["The YAML document is larger than 8388608 bytes, the most the emulator validates."])
    }

    @Test func aliasesWithinTheLimitsStillWork() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let yaml = """
                version: '1.0'
                defs:
                  - &email {type: mask_table, table: users}  # a comment with *stars and 'quotes
                tasks:
                  - *email
                  - type: run_sql
                    sql: "SELECT * FROM t WHERE a = '*b'"
                  - type: run_sql
                    sql: |
                      SELECT *x FROM t
                      WHERE y: 1
                  - {type: mask_table, table: "[*x]"}

                """
            let saved = try await Self.save(client, key, yaml)
            #expect(saved.json?["validation_errors"] == [])
            #expect(saved.json?["is_valid"] == "valid")
        }
    }

    @Test func readsAnswerWithTheStoredVerdictWithoutValidatingAgain() async throws {
        try await withTestEmulator { client, control throws in
            let key = try await client.login()
            let marker = ValidationIssue(message: "Stored verdict.", kind: .ruleset, line: 7, column: 3)
            let id = try await control.state.transact { state in
                let body: [String: JSONValue] = [
                    "name": "stored", "mask_type": "database", "config_yaml": "version: '1.0'\ntasks: []\n",
                ]
                return try state.rulesets.save(
                    body, verdict: ConfigVerdict(issues: [marker]), upsert: false, now: state.clock.now,
                    validationDelay: .zero
                ).config.id
            }
            let listed = try await client.send(.get, "/api/v2/rulesets/", token: key)
            #expect(listed.json?[0]?["is_valid"] == "invalid")
            #expect(listed.json?[0]?["validation_errors"]?[0]?["message"] == "Stored verdict.")
            let single = try await client.send(.get, "/api/rulesets/\(id)/", token: key)
            #expect(single.json?["validation_errors"]?[0]?["line_number"] == 7)
        }
    }

    @Test func aLibraryWriteChangesTheVerdictOfTheRulesetsImportingIt() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let saved = try await Self.save(client, key, LibraryTests.importing("lib"))
            let id = try #require(saved.json?["id"]?.stringValue)
            #expect(saved.json?["validation_errors"]?[0]?["validation_error_type"] == "library_missing")
            let library = try await LibraryTests.create(client, key, yaml: "version: '1.0'\n")
            let libraryID = try #require(library.json?["id"]?.stringValue)
            #expect(try await client.send(.get, "/api/rulesets/\(id)/", token: key).json?["is_valid"] == "valid")
            _ = try await client.send(
                .patch, "/api/ruleset-libraries/\(libraryID)/", token: key,
                json: ["config_yaml": "version: '1.0'\ntasks:\n  - type: not_a_real_task\n"])
            let ruleset = try await client.send(.get, "/api/rulesets/\(id)/", token: key)
            #expect(ruleset.json?["is_valid"] == "invalid")
            #expect(ruleset.json?["validation_errors"]?[0]?["validation_error_type"] == "library_invalid")
            #expect(ruleset.json?["validation_errors"]?[0]?["line_number"] == 3)
        }
    }

    @Test func aChangedMaskTypeIsValidatedAgainstItsTaskTypes() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let saved = try await Self.save(client, key, "version: '1.0'\ntasks:\n  - type: mask_file\n")
            let id = try #require(saved.json?["id"]?.stringValue)
            #expect(saved.json?["is_valid"] == "invalid")
            let changed = try await client.send(.patch, "/api/rulesets/\(id)/", token: key, json: ["mask_type": "file"])
            #expect(changed.json?["is_valid"] == "valid")
        }
    }
}

/// Libraries get the task-type checks rulesets get.
@Suite struct LibraryTaskValidationTests {
    @Test func aLibraryWithAnUnknownTaskTypeIsInvalidWithItsPosition() async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let created = try await LibraryTests.create(
                client, key, yaml: "version: '1.0'\ntasks:\n  - type: not_a_real_task\n")
            #expect(created.json?["is_valid"] == "invalid")
            let issue = created.json?["validation_errors"]?[0]
            #expect(issue?["message"] == "Unknown task type \"not_a_real_task\".")
            #expect(issue?["line_number"] == 3)
            #expect(issue?["column_number"] == 11)
        }
    }

    @Test(arguments: ["version: '1.0'\ntasks:\n  - type: mask_table\n    table: t\n", "version: '1.0'\ntasks:\n  - type: mask_file\n", "version: '1.0'\n"])
    func aLibraryWithKnownTaskTypesOrNoneIsValid(yaml: String) async throws {
        try await withTestEmulator { client, _ throws in
            let key = try await client.login()
            let created = try await LibraryTests.create(client, key, yaml: yaml)
            #expect(created.json?["is_valid"] == "valid")
        }
    }

    @Test("A stray ']' outside a flow collection does not hide a later alias used as a flow key")
    func strayClosingBracket() {
        let yaml = "version: '1.0'\nnote: a]\nbase: &b x\n[*b]: 1\n"
        #expect(YAMLLimits.issue(beforeParsing: yaml)?.message == "Aliases cannot be used in mapping keys.")
    }

    @Test("A '|' inside a flow collection is not a block scalar, so the lines after it are still read")
    func pipeInsideFlow() {
        let yaml = "version: '1.0'\nbase: &b x\nlist: [a, |\n  {*b : 1}]\n"
        #expect(YAMLLimits.issue(beforeParsing: yaml)?.message == "Aliases cannot be used in mapping keys.")
    }
}
