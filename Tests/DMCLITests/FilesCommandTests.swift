import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite struct FilesCommandTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    @Test(arguments: [
        ["files", "list", "oracle-wallet"], ["files", "delete", "wallet", "x"],
        ["files", "upload", "key", "-f", "-", "--name", "n"],
    ])
    func anUnknownFileTypeIsAUsageErrorListingTheValidOnes(arguments: [String]) async throws {
        let result = await harness.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("snowflake-key"))
    }

    @Test func uploadListAndDeleteASnowflakeKey() async throws {
        try await withEmulator { emulator in
            let path = harness.directory.appendingPathComponent("rsa_key.p8").path
            try "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n".write(
                toFile: path, atomically: true, encoding: .utf8)
            let upload = await harness.run(
                "files", "upload", "snowflake-key", "-f", path, "--name", "prod key",
                environment: emulator.cliEnvironment)
            #expect(upload.status == 0 && upload.stderr == "Uploaded snowflake-key file 'prod key'.\n")
            let post = await emulator.control.requests.first { $0.method == "POST" && !$0.path.contains("auth") }
            #expect(post?.path == "/api/files/snowflake-keys/")
            let list = await harness.run("files", "list", "snowflake-key", environment: emulator.cliEnvironment)
            #expect(list.stdout.contains("Files (snowflake-key)") && list.stdout.contains("prod key"))
            let delete = await harness.run(
                "files", "delete", "snowflake-key", "prod key", "-y", environment: emulator.cliEnvironment)
            #expect(delete.status == 0)
            let empty = await harness.run(
                "files", "list", "snowflake-key", "--json", environment: emulator.cliEnvironment)
            #expect(empty.stdout == "[]\n")
        }
    }

    @Test func uploadsAKeyFromStandardInput() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                ["files", "upload", "snowflake-key", "--file", "-", "--name", "piped"],
                environment: emulator.cliEnvironment,
                input: ["-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"])
            #expect(result.status == 0)
        }
    }

    @Test func deletingAMissingKeyIsNotFound() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                "files", "delete", "snowflake-key", "ghost", "-y", environment: emulator.cliEnvironment)
            #expect(result.status == 3)
            #expect(result.stderr.contains("Snowflake-key file 'ghost' not found."))
        }
    }
}
