import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite struct ConnectionsWriteCommandTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    private func write(_ text: String, to name: String) throws -> String {
        let path = harness.directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func names(_ emulator: RunningEmulator) async -> [String] {
        await emulator.control.connections.compactMap { $0["name"]?.stringValue }
    }

    @Test func createsADatabaseConnectionFromFlagsWithoutEchoingThePassword() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                [
                    "connections", "create", "--name", "pg", "--type", "database", "--db-type", "postgres", "--host",
                    "db",
                    "--port", "5432", "--database", "app", "--user", "masker", "--password", "hunter2-secret",
                ],
                environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "Connection 'pg' created.\n")
            let stored = try #require(await emulator.control.connections.first)
            #expect(stored["db_type"] == "postgres" && stored["port"] == 5432)
            let post = try #require(
                await emulator.control.requests.first { $0.method == "POST" && $0.path == "/api/connections/" })
            #expect(post.body?["dbpassword"] != nil)
        }
    }

    @Test func createsAMountedShareSourceAndReplacesItByName() async throws {
        try await withEmulator { emulator in
            let arguments = ["connections", "create", "--name", "in", "--type", "mounted_share", "--base-dir", "data"]
            #expect(await harness.run(arguments + ["--source"], environment: emulator.cliEnvironment).status == 0)
            let again = await harness.run(arguments + ["--destination"], environment: emulator.cliEnvironment)
            #expect(again.stderr == "Connection 'in' updated.\n")
            let stored = await emulator.control.connections
            #expect(stored.count == 1)
            #expect(stored.first?["is_file_mask_destination"] == true && stored.first?["is_file_mask_source"] == false)
        }
    }

    @Test(arguments: [
        (["--type", "database"], "both --name and --type"),
        (["--name", "x", "--type", "oracle_db"], "Valid types: database, s3, azure, mounted_share"),
        (["--name", "x", "--type", "azure"], "Use --file for 'azure'"),
        (["--name", "x", "--type", "s3", "--base-dir", "d"], "--bucket"),
        (["--name", "x", "--type", "database", "--host", "h"], "require --host, --port"),
    ])
    func badFlagsAreInvalidInputBeforeLoggingIn(arguments: [String], message: String) async throws {
        let result = await harness.run(["connections", "create"] + arguments)
        #expect(result.status == 4)
        #expect(result.stderr.contains(message))
    }

    @Test(arguments: [
        ("--port", "fifty", "--port must be a port number"), ("--db-type", "sybase", "Valid database types: postgres"),
    ])
    func badPortsAndEnginesAreInvalidInput(option: String, value: String, message: String) async throws {
        var flags = [
            "--host": "h", "--port": "5432", "--database": "d", "--user": "u", "--password": "p", "--db-type": "mysql",
        ]
        flags[option] = value
        let result = await harness.run(
            ["connections", "create", "--name", "x", "--type", "database"] + flags.flatMap { [$0.key, $0.value] })
        #expect(result.status == 4)
        #expect(result.stderr.contains(message))
    }

    @Test func createsFromAJSONFileWithTheOfficialFieldNames() async throws {
        try await withEmulator { emulator in
            let path = try write(
                """
                {"name": "mysql1", "database_type": "mysql", "host": "h", "port": "3306", "database": "d",
                 "user": "u", "password": "file-secret"}
                """, to: "db.json")
            let result = await harness.run(["connections", "create", "-f", path], environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            let post = try #require(
                await emulator.control.requests.first { $0.method == "POST" && $0.path == "/api/connections/" })
            #expect(post.body?["db_type"] == "mysql" && post.body?["port"] == 3306 && post.body?["dbpassword"] != nil)
            #expect(post.body?["version"] == "1.0")
        }
    }

    @Test(arguments: [
        (
            "databricks",
            #"{"type": "databricks", "name": "dbx", "server_hostname": "h", "http_path": "/p", "access_token": "t", "catalog": "main"}"#,
            "Databricks"
        ),
        (
            "mongodb",
            #"{"type": "mongodb", "name": "mg", "host": "h", "database": "d", "user": "u", "password": "p"}"#, "Mongo"
        ),
        (
            "s3",
            #"{"type": "s3", "name": "bucket", "bucket": "b", "base_directory": "in", "is_file_mask_source": true}"#,
            "S3"
        ),
    ])
    func createsOtherTypesFromFiles(type: String, json: String, label: String) async throws {
        try await withEmulator { emulator in
            let path = try write(json, to: "\(type).json")
            #expect(
                await harness.run(["connections", "create", "-f", path], environment: emulator.cliEnvironment).status
                    == 0)
            let list = await harness.run("connections", "list", "--json", environment: emulator.cliEnvironment)
            #expect(list.stdout.contains("\"type\": \"\(label)\""))
        }
    }

    @Test func readsTheDefinitionFromStandardInput() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                ["connections", "create", "--file", "-"], environment: emulator.cliEnvironment,
                input: [#"{"type": "mounted_share", "name": "piped","#, #""base_directory": "x"}"#])
            #expect(result.status == 0)
            #expect(await names(emulator) == ["piped"])
        }
    }

    @Test func aMissingFileIsNotFoundNamingIt() async throws {
        let result = await harness.run("connections", "create", "-f", "/nonexistent/conn.json")
        #expect(result.status == 3)
        #expect(result.stderr.contains("/nonexistent/conn.json"))
    }

    @Test(arguments: [
        ("{not json", "is not valid JSON"),
        (#"[1, 2]"#, "must hold a JSON object"),
        (#"{"type": 7, "name": "x"}"#, "\"type\" must be a string"),
        (#"{"type": "oracle_db", "name": "x"}"#, "Valid types: database, s3"),
        (#"{"name": "x", "host": "h"}"#, "needs \"database_type\""),
        (#"{"name": "x", "database_type": "sybase"}"#, "Valid database types"),
        (
            #"{"name": "x", "database_type": "postgres", "port": 5432, "database": "d", "user": "u"}"#,
            "\"host\" is missing"
        ),
        (
            #"{"name": "x", "database_type": "postgres", "host": "h", "port": "abc", "database": "d", "user": "u"}"#,
            "\"port\""
        ),
    ])
    func badDefinitionsAreInvalidInputNamingTheFile(json: String, message: String) async throws {
        let path = try write(json, to: "bad.json")
        let result = await harness.run("connections", "create", "-f", path)
        #expect(result.status == 4)
        #expect(result.stderr.contains(message))
        #expect(result.stderr.contains("bad.json") || message.contains("Valid"))
    }

    @Test func testReportsReachabilityAndResolvesIDs() async throws {
        try await withEmulator { emulator in
            _ = await harness.run(
                ["connections", "create", "--name", "in", "--type", "mounted_share", "--base-dir", "d"],
                environment: emulator.cliEnvironment)
            let id = try #require(await emulator.control.connections.first?["id"]?.stringValue)
            let result = await harness.run("connections", "test", id, environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stderr == "Connection 'in' reachable.\n")
            let test = await emulator.control.requests.last { $0.path.hasSuffix("/test/") }
            #expect(test?.method == "POST" && test?.path == "/api/connections/\(id)/test/")
        }
    }

    @Test func aFailedTestIsInvalidInputWithTheServersReason() async throws {
        try await withEmulator { emulator in
            _ = await harness.run(
                ["connections", "create", "--name", "in", "--type", "mounted_share", "--base-dir", "d"],
                environment: emulator.cliEnvironment)
            let id = try #require(await emulator.control.connections.first?["id"]?.stringValue)
            await emulator.control.injectFault(EmulatorFault(path: "/api/connections/\(id)/test/", status: 400))
            let result = await harness.run("connections", "test", "in", environment: emulator.cliEnvironment)
            #expect(result.status == 4)
            #expect(result.stderr.hasPrefix("Error: Connection 'in' is not reachable"))
        }
    }

    @Test func testOfAMissingConnectionIsNotFoundWithoutARequest() async throws {
        try await withEmulator { emulator in
            let result = await harness.run("connections", "test", "ghost", environment: emulator.cliEnvironment)
            #expect(result.status == 3)
            #expect(result.stderr.contains("Connection 'ghost' not found."))
            #expect(await emulator.control.requests.allSatisfy { !$0.path.hasSuffix("/test/") })
        }
    }

    @Test func updatePatchesOnlyTheGivenFieldsAndKeepsTheID() async throws {
        try await withEmulator { emulator in
            _ = await harness.run(
                [
                    "connections", "create", "--name", "pg", "--type", "database", "--db-type", "postgres", "--host",
                    "old",
                    "--port", "5432", "--database", "app", "--user", "masker", "--password", "pw1",
                ],
                environment: emulator.cliEnvironment)
            let id = try #require(await emulator.control.connections.first?["id"]?.stringValue)
            let result = await harness.run(
                "connections", "update", "pg", "--password", "new-secret-pw", "--host", "new", "--port", "6543",
                environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stderr == "Connection 'pg' updated: host, port, password.\n")
            #expect(!result.stderr.contains("new-secret-pw"))
            let patch = try #require(await emulator.control.requests.first { $0.method == "PATCH" })
            #expect(patch.path == "/api/connections/\(id)/")
            #expect(Set(patch.body?.objectValue.map { Array($0.keys) } ?? []) == ["host", "port", "dbpassword"])
            let stored = try #require(await emulator.control.connections.first)
            #expect(stored["id"]?.stringValue == id && stored["host"] == "new" && stored["port"] == 6543)
        }
    }

    @Test func updateWithoutFieldsOrOfAMissingConnectionFails() async throws {
        try await withEmulator { emulator in
            let none = await harness.run("connections", "update", "pg", environment: emulator.cliEnvironment)
            #expect(none.status == 4)
            #expect(none.stderr.contains("at least one field"))
            let missing = await harness.run(
                "connections", "update", "pg", "--host", "h", environment: emulator.cliEnvironment)
            #expect(missing.status == 3)
            let badPort = await harness.run(
                "connections", "update", "pg", "--port", "x", environment: emulator.cliEnvironment)
            #expect(badPort.status == 4)
        }
    }

    @Test func deleteAsksAndHonoursTheAnswer() async throws {
        try await withEmulator { emulator in
            _ = await harness.run(
                ["connections", "create", "--name", "in", "--type", "mounted_share", "--base-dir", "d"],
                environment: emulator.cliEnvironment)
            let declined = await harness.run(
                "connections", "delete", "in", environment: emulator.cliEnvironment, input: ["n"])
            #expect(declined.status == 10)
            #expect(declined.stderr.contains("Delete connection 'in'? [y/N]"))
            let closed = await harness.run("connections", "delete", "in", environment: emulator.cliEnvironment)
            #expect(closed.status == 1)
            #expect(closed.stderr.contains("Aborted."))
            #expect(await names(emulator) == ["in"])
            let accepted = await harness.run(
                "connections", "delete", "in", environment: emulator.cliEnvironment, input: ["y"])
            #expect(accepted.status == 0)
            #expect(await names(emulator).isEmpty)
        }
    }

    @Test func deleteWithYesSkipsThePromptAndAMissingOneIsNotFound() async throws {
        try await withEmulator { emulator in
            _ = await harness.run(
                ["connections", "create", "--name", "in", "--type", "mounted_share", "--base-dir", "d"],
                environment: emulator.cliEnvironment)
            let deleted = await harness.run(
                "connections", "delete", "in", "--yes", environment: emulator.cliEnvironment)
            #expect(deleted.status == 0 && deleted.stderr == "Connection 'in' deleted.\n")
            let agent = emulator.cliEnvironment.merging(["DM_OUTPUT": "json"]) { $1 }
            let missing = await harness.run("connections", "delete", "in", "-y", environment: agent)
            #expect(missing.status == 3)
            #expect(
                missing.stderr.hasPrefix(#"{"error": {"code": "not_found", "message": "Connection 'in' not found.""#))
        }
    }
}
