import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

@Suite struct IFMCommandTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    static let planYAML = """
        version: "1.0"
        rules:
          - masks:
              - type: json
                transforms:
                  - path: [email]
                    masks:
                      - type: from_fixed
                        value: "masked@example.com"
        """

    static let records = #"[{"id": 1, "email": "ann@shop.example"}, {"id": 2, "email": "bob@shop.example"}]"#

    /// Creates a plan named `customers-…` through `dm ifm create` and returns its name.
    private func createPlan(_ emulator: RunningEmulator, yaml: String = planYAML) async throws -> String {
        let file = try harness.scratchFile("plan.yml", yaml)
        let created = await harness.run(
            ["ifm", "create", "--name", "customers", "-f", file, "--enabled", "--log-level", "warning"],
            environment: emulator.cliEnvironment)
        #expect(created.status == 0, "\(created.stderr)")
        let name = try #require(created.stderr.firstMatch(of: #/IFM ruleset plan '([^']+)' created \(serial 1\)\./#)?.1)
        #expect(name.hasPrefix("customers-"))
        #expect(created.stdout.hasSuffix("/ifm/ruleset-plans/\(name)/\n"), "\(created.stdout)")
        return String(name)
    }

    @Test func createListGetUpdateAndDeleteAPlan() async throws {
        try await withEmulator { emulator in
            let env = emulator.cliEnvironment
            let name = try await createPlan(emulator)
            let list = await harness.run(["ifm", "list", "--json"], environment: env)
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.contains("\"name\": \"\(name)\",\n    \"serial\": 1,"))
            #expect(list.stdout.contains("\"enabled\": true"))
            let table = await harness.run(["ifm", "list"], environment: env)
            #expect(table.stdout.contains("IFM ruleset plans"))
            let yaml = await harness.run(["ifm", "get", name, "--yaml"], environment: env)
            #expect(yaml.stdout == Self.planYAML + "\n")
            let detail = await harness.run(["ifm", "get", name, "--json"], environment: env)
            #expect(detail.stdout.contains("\"default_log_level\": \"WARNING\""))
            let created = try #require(detail.stdout.firstMatch(of: #/"created": "([^"]*)"/#)?.1)
            #expect(created.wholeMatch(of: #/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00/#) != nil, "\(detail.stdout)")
            let updated = await harness.run(["ifm", "update", name, "--disabled"], environment: env)
            #expect(updated.status == 0, "\(updated.stderr)")
            #expect(updated.stderr.contains("IFM ruleset plan '\(name)' updated (serial 2)."))
            let disabled = await harness.run(["ifm", "get", name, "--json"], environment: env)
            #expect(disabled.stdout.contains("\"enabled\": false"))
            let deleted = await harness.run(["ifm", "delete", name, "-y"], environment: env)
            #expect(deleted.status == 0, "\(deleted.stderr)")
            let gone = await harness.run(["ifm", "get", name], environment: env)
            #expect(gone.status == 3)
            #expect(gone.stderr.contains("Failed to get IFM ruleset plan '\(name)'"))
            let again = await harness.run(["ifm", "delete", name, "-y"], environment: env)
            #expect(again.status == 3)
        }
    }

    @Test func maskPrintsTheRecordsAsAnArrayOrOnePerLine() async throws {
        try await withEmulator { emulator in
            let env = emulator.cliEnvironment
            let name = try await createPlan(emulator)
            let data = try harness.scratchFile("records.json", Self.records)
            let array = await harness.run(["ifm", "mask", name, "-d", data], environment: env)
            #expect(array.status == 0, "\(array.stderr)")
            #expect(
                array.stdout
                    == "[\n  {\n    \"email\": \"masked@example.com\",\n    \"id\": 1\n  },\n  {\n    \"email\": \"masked@example.com\",\n    \"id\": 2\n  }\n]\n")
            let lines = await harness.run(["ifm", "mask", name, "-d", "-", "--no-json"], environment: env, input: [Self.records])
            #expect(lines.status == 0, "\(lines.stderr)")
            #expect(lines.stdout == "{\"email\": \"masked@example.com\", \"id\": 1}\n{\"email\": \"masked@example.com\", \"id\": 2}\n")
            let empty = await harness.run(["ifm", "mask", name, "-d", "-", "--no-json"], environment: env, input: ["[]"])
            #expect(empty.status == 0 && empty.stdout.isEmpty)
        }
    }

    @Test func maskInputIsCheckedBeforeLoggingIn() async throws {
        let nowhere = ["DATAMASQUE_URL": "http://127.0.0.1:9", "DATAMASQUE_USERNAME": "u", "DATAMASQUE_PASSWORD": "p"]
        let notJSON = await harness.run(["ifm", "mask", "p", "-d", "-"], environment: nowhere, input: ["{oops"])
        #expect(notJSON.status == 4)
        #expect(notJSON.stderr.contains("Failed to parse mask input as JSON"))
        let object = try harness.scratchFile("object.json", #"{"id": 1}"#)
        let notArray = await harness.run(["ifm", "mask", "p", "-d", object], environment: nowhere)
        #expect(notArray.status == 4)
        #expect(notArray.stderr.contains("Mask input must be a JSON list (array) of records."))
        let missing = await harness.run(["ifm", "mask", "p", "-d", harness.directory.path + "/nope.json"], environment: nowhere)
        #expect(missing.status == 3)
        let update = await harness.run(["ifm", "update", "p"], environment: nowhere)
        #expect(update.status == 4)
        #expect(update.stderr.contains("Pass at least one of --file, --enabled/--disabled, or --log-level."))
        let level = await harness.run(["ifm", "mask", "p", "-d", "-", "--log-level", "loud"], environment: nowhere)
        #expect(level.status == 2)
    }

    @Test func aSoftFailurePrintsTheLogsAndExitsOneWithoutAnEnvelope() async throws {
        try await withEmulator { emulator in
            let name = try await createPlan(emulator)
            let result = await harness.run(
                ["ifm", "mask", name, "-d", "-"], environment: emulator.cliEnvironment.merging(["DM_OUTPUT": "json"]) { $1 },
                input: ["[1, 2]"])
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("Error: Mask failed.\nError:   ["), "\(result.stderr)")
            #expect(!result.stderr.contains("{\"error\""))
        }
    }

    @Test func verifyTokenListsTheScopes() async throws {
        try await withEmulator { emulator in
            let json = await harness.run(["ifm", "verify-token", "--json"], environment: emulator.cliEnvironment)
            #expect(json.status == 0, "\(json.stderr)")
            #expect(json.stdout.hasPrefix("{\n  \"scopes\": [\n    \"ifm/"))
            let agent = await harness.run(
                ["ifm", "verify-token"], environment: emulator.cliEnvironment.merging(["DM_OUTPUT": "json"]) { $1 })
            #expect(agent.stdout.hasPrefix("[\n  {\n    \"scope\": \"ifm/"))
        }
    }

    @Test func aWrongPasswordIsAnIFMAuthenticationFailure() async throws {
        try await withEmulator { emulator in
            let env = emulator.cliEnvironment.merging(["DATAMASQUE_PASSWORD": "wrong-password"]) { $1 }
            let result = await harness.run(["ifm", "list"], environment: env)
            #expect(result.status == 7)
            #expect(result.stderr.contains("IFM authentication failed"))
            #expect(!result.stderr.contains("wrong-password"))
        }
    }

    @Test func theRunSecretIsNeverPrinted() async throws {
        try await withEmulator { emulator in
            let secret = "a-run-secret-of-at-least-20-chars"
            let result = await harness.run(
                ["ifm", "mask", "no-such-plan", "-d", "-", "--run-secret", secret, "--request-id", "r-1"],
                environment: emulator.cliEnvironment.merging(["DATAMASQUE_LOG_LEVEL": "trace"]) { $1 }, input: ["[1]"])
            #expect(result.status == 3)
            #expect(result.stderr.contains("Mask request failed"))
            #expect(!(result.stdout + result.stderr).contains(secret))
        }
    }
}
