import DataMasqueTesting
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@testable import DMCLI

/// Bad input gets an error that says what is wrong with it.
@Suite struct InputErrorTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    @Test(arguments: [
        (["run", "list", "--limit", "-5"], "--limit must be a positive whole number."),
        (["run", "list", "--limit=-5"], "--limit must be a positive whole number."),
        (["run", "list", "--limit", "0"], "--limit must be a positive whole number."),
        (["emulator", "--port", "70000"], "--port must be a port number between 0 and 65535."),
        (["emulator", "--port", "-1"], "--port must be a port number between 0 and 65535."),
    ])
    func outOfRangeNumbersAreUsageErrorsThatSayWhy(arguments: [String], message: String) async {
        let result = await harness.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test(arguments: ["-1", "0", "65536", "fifty"])
    func connectionPortsOutOfRangeAreInvalidInput(port: String) async {
        let result = await harness.run([
            "connections", "create", "--name", "x", "--type", "database", "--host", "h", "--port", port,
            "--database", "d", "--user", "u", "--password", "p", "--db-type", "mysql",
        ])
        #expect(result.status == 4)
        #expect(result.stderr.contains("--port must be a port number between 1 and 65535."))
    }

    @Test func aDeviceAsTheFileIsNotARegularFile() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                ["rulesets", "create", "--name", "x", "--file", "/dev/null", "--type", "database"],
                environment: emulator.cliEnvironment)
            #expect(result.status == 4)
            #expect(result.stderr.contains("/dev/null: it is not a regular file"))
            #expect(!result.stderr.contains("permission"))
        }
    }

    @Test func aFIFOToUploadIsNotARegularFile() async throws {
        let fifo = harness.directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        try await withEmulator { emulator in
            let result = await harness.run(
                ["files", "upload", "snowflake-key", "--file", fifo, "--name", "key"], environment: emulator.cliEnvironment)
            #expect(result.status == 4)
            #expect(result.stderr.contains("it is not a regular file"))
        }
    }

    @Test func aFIFOAsABundleToImportIsNotARegularFile() async throws {
        let fifo = harness.directory.appendingPathComponent("bundle-pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        try await withEmulator { emulator in
            let result = await harness.run(
                ["rulesets", "import-bundle", "--file", fifo, "--yes"], environment: emulator.cliEnvironment)
            #expect(result.status == 4)
            #expect(result.stderr.contains("it is not a regular file"))
        }
    }

    @Test func aDirectoryAsTheConfigFileSaysSo() async throws {
        try FileManager.default.createDirectory(atPath: harness.configPath, withIntermediateDirectories: true)
        let result = await harness.run("auth", "list")
        #expect(result.status == 4)
        #expect(result.stderr.contains("is a directory"))
        #expect(!result.stderr.contains("UTF-8"))
    }
}
