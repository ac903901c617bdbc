import Foundation
import Testing

@testable import DMCLI

@Suite struct ConfigFileLockTests {
    /// Twenty saves at once on twenty threads, as twenty `dm auth login --profile pN` processes would.
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
}
