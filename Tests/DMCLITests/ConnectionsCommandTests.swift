import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

@Suite struct ConnectionsCommandTests {
    private let harness: CommandHarness
    private let pat = "pat-0123456789-abcdef"

    init() throws {
        harness = try CommandHarness()
    }

    private func seed(_ emulator: RunningEmulator) async throws -> String {
        try await emulator.withClient { client in
            let created = try await client.connections.create(
                .database(
                    DatabaseConnection(
                        name: "pg main", databaseType: .postgres, host: "db.example.com", port: 5432, database: "app",
                        user: "masker", password: "db-secret")))
            return try #require(created.id)
        }
    }

    @Test func listPrintsATableOfIDNameTypeAndRole() async throws {
        try await withEmulator { emulator in
            let id = try await seed(emulator)
            let result = await harness.run("connections", "list", environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stdout.contains("Connections"))
            #expect(result.stdout.contains("┃ id"))
            #expect(result.stdout.contains("│ \(id) │ pg main │ Database │ source │"))
        }
    }

    @Test func listJSONHasTheColumnsAsKeysInOrder() async throws {
        try await withEmulator { emulator in
            let id = try await seed(emulator)
            let result = await harness.run("connections", "list", "--json", environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(
                result.stdout == """
                    [
                      {
                        "id": "\(id)",
                        "name": "pg main",
                        "type": "Database",
                        "role": "source"
                      }
                    ]

                    """)
        }
    }

    @Test func anEmptyListSaysNoResults() async throws {
        try await withEmulator { emulator in
            let result = await harness.run("connections", "list", environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "No results.\n")
        }
    }

    @Test func listPassesTheSPCSGatewayWithThePATFromTheEnvironment() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, spcsPAT: pat)) { emulator in
            let result = await harness.run(
                "connections", "list", "--json",
                environment: emulator.cliEnvironment.merging(["DATAMASQUE_SPCS_PAT": pat]) { $1 })
            #expect(result.status == 0)
            #expect(result.stdout == "[]\n")
            #expect(!(result.stdout + result.stderr).contains(pat))
        }
    }

    @Test func listUsesTheProfilesPAT() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, spcsPAT: pat)) { emulator in
            try harness.writeConfig(
                """
                [profiles.spcs]
                url = "\(emulator.baseURL.absoluteString)"
                username = "admin"
                password = "datamasque"
                spcs_pat = "\(pat)"
                """)
            let result = await harness.run("connections", "list", "-p", "spcs")
            #expect(result.status == 0)
        }
    }

    @Test(arguments: [false, true])
    func aWrongPATIsAnAuthFailureWithDetailRequestIDAndHint(agentMode: Bool) async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, spcsPAT: pat)) { emulator in
            let wrong = "wrong-pat-9876543210"
            var environment = emulator.cliEnvironment.merging(["DATAMASQUE_SPCS_PAT": wrong]) { $1 }
            if agentMode { environment["DM_OUTPUT"] = "json" }
            let result = await harness.run("connections", "list", environment: environment)
            #expect(result.status == 7)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("Snowflake SPCS gateway rejected"))
            #expect(result.stderr.range(of: "request id [0-9a-f-]{36}", options: .regularExpression) != nil)
            #expect(result.stderr.contains("issue a new one in Snowflake"))
            #expect(!result.stderr.contains(wrong) && !result.stderr.contains(pat))
            #expect(result.stderr.hasPrefix("{\"error\": {\"code\": \"auth_failed\"") == agentMode)
        }
    }

    @Test func aMissingPATIsAlsoRejected() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, spcsPAT: pat)) { emulator in
            let result = await harness.run("connections", "list", environment: emulator.cliEnvironment)
            #expect(result.status == 7)
        }
    }

    @Test func aWrongPasswordIsAnAuthFailure() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                "connections", "list",
                environment: emulator.cliEnvironment.merging(["DATAMASQUE_PASSWORD": "nope"]) { $1 })
            #expect(result.status == 7)
            #expect(result.stderr.hasPrefix("Error: Authentication failed: "))
        }
    }

    @Test func anUnreachableServerIsATransportError() async throws {
        let result = await harness.run(
            "connections", "list",
            environment: [
                "DATAMASQUE_URL": "http://127.0.0.1:9", "DATAMASQUE_USERNAME": "a", "DATAMASQUE_PASSWORD": "b",
            ])
        #expect(result.status == 9)
    }

    @Test func withoutCredentialsLoginIsRequired() async throws {
        let result = await harness.run("connections", "list", environment: ["DM_OUTPUT": "json"])
        #expect(result.status == 6)
        #expect(result.stderr.hasPrefix("{\"error\": {\"code\": \"auth_required\""))
    }

    @Test func getPrintsTheConnectionWithSecretLookingKeysRedacted() async throws {
        try await withEmulator { emulator in
            let id = try await seed(emulator)
            let result = await harness.run(
                "connections", "get", "pg main", "--json", environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("{\n  \"id\": \"\(id)\",\n  \"name\": \"pg main\",\n"))
            #expect(result.stdout.contains("\"host\": \"db.example.com\""))
            #expect(!result.stdout.contains("db-secret"))
            #expect(result.stdout.contains("\"db_schema\": "))
            #expect(result.stdout.contains("\"schema\": \"\""))
            #expect(result.stdout.contains("\"version\": \"1.0\""))
            #expect(result.stdout.contains("\"data_encoding\": null"))
            #expect(result.stdout.contains("\"oracle_wallet\": null"))
            #expect(!result.stdout.contains("\"engine_options\""))
            let human = await harness.run("connections", "get", "pg main", environment: emulator.cliEnvironment)
            #expect(human.stdout.hasPrefix("Connection: pg main\nid "))
        }
    }

    @Test func redactionReplacesTopLevelSecretKeys() throws {
        let connection = Connection.unknown([
            "name": "x", "id": "1", "db_password": "p", "api_key": "k", "nested": ["password": "n"],
        ])
        let fields = try connection.redactedFields()
        #expect(fields.map(\.key) == ["id", "name", "api_key", "db_password", "nested"])
        #expect(fields[2].value == .string("<redacted>"))
        #expect(fields[3].value == .string("<redacted>"))
        #expect(fields[4].value == .object([.init("password", .string("n"))]))
    }

    @Test func getOfAMissingConnectionExits3() async throws {
        try await withEmulator { emulator in
            let result = await harness.run("connections", "get", "nope", environment: emulator.cliEnvironment)
            #expect(result.status == 3)
            #expect(result.stderr.contains("Connection 'nope' not found."))
        }
    }

    @Test(arguments: [
        (true, true, "source+destination"), (true, false, "source"), (false, true, "destination"), (false, false, "—"),
    ])
    func fileConnectionRolesFollowTheirFlags(_ source: Bool, _ destination: Bool, _ role: String) {
        let connection = Connection.unknown([
            "name": "f", "mask_type": "file", "type": "something_new", "is_file_mask_source": .bool(source),
            "is_file_mask_destination": .bool(destination),
        ])
        #expect(connection.role == role)
    }
}
