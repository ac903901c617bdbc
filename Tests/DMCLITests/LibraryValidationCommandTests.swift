import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

/// A library with a task of an unknown type is invalid, as DataMasque stores it.
@Suite struct LibraryValidationCommandTests {
    @Test func anUnknownTaskTypeMakesTheLibraryInvalidWithItsPosition() async throws {
        let harness = try CommandHarness()
        try await withEmulator { emulator in
            let path = try harness.scratchFile("lib.yml", "version: '1.0'\ntasks:\n  - type: not_a_real_task\n")
            let created = await harness.run(
                ["libraries", "create", "--name", "odd", "-f", path], environment: emulator.cliEnvironment)
            #expect(created.status == 0, "\(created.stderr)")
            let validated = await harness.run(["libraries", "validate", "odd"], environment: emulator.cliEnvironment)
            #expect(validated.status == 4)
            #expect(validated.stderr.contains("Library 'odd' is invalid:"))
            #expect(validated.stderr.contains("Unknown task type \"not_a_real_task\". (line 3"))
            let status = await harness.run(
                ["libraries", "status", "odd", "--json"], environment: emulator.cliEnvironment)
            #expect(status.stdout.contains("\"status\": \"invalid\""))
            #expect(status.stdout.contains("not_a_real_task"))
        }
    }
}
