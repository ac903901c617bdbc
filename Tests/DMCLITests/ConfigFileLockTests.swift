import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

@Suite struct ConfigFileLockTests {
    @Test func twentyConcurrentUpdatesAllKeepTheirProfile() throws {
        let harness = try CommandHarness()
        let file = ConfigFile(
            for: Terminal(
                environment: harness.environment, standardOutput: TextOutput { _ in },
                standardError: TextOutput { _ in }, standardInput: TextInput { _ in nil }))
        DispatchQueue.concurrentPerform(iterations: 20) { index in
            try? file.update { configuration in
                configuration.set(Profile(url: "https://dm\(index).example.com"), named: "p\(index)")
                configuration.activeProfile = "p\(index)"
            }
        }
        let saved = try file.load()
        #expect(Set(saved.profileNames) == Set((0..<20).map { "p\($0)" }))
        let directory = (file.path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["config.toml"])
    }

    @Test func twentyConcurrentLoginsAllKeepTheirProfile() async throws {
        let harness = try CommandHarness()
        try await withEmulator { emulator in
            let url = emulator.baseURL.absoluteString
            let statuses = await withTaskGroup(of: Int32.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        await harness.run(
                            [
                                "auth", "login", "--profile", "p\(index)", "--url", url, "--username", "admin",
                                "--password-stdin",
                            ], input: ["datamasque"]
                        ).status
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 0, count: 20))
        }
        let saved = try ConfigFile(
            for: Terminal(
                environment: harness.environment, standardOutput: TextOutput { _ in },
                standardError: TextOutput { _ in }, standardInput: TextInput { _ in nil })
        ).load()
        #expect(Set(saved.profileNames) == Set((0..<20).map { "p\($0)" }))
    }
}
