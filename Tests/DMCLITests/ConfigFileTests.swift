import Foundation
import Testing

@testable import DMCLI

@Suite struct ConfigFileTests {
    private let harness: CommandHarness
    private let file: ConfigFile

    init() throws {
        harness = try CommandHarness()
        file = ConfigFile(
            for: Terminal(
                environment: harness.environment, standardOutput: TextOutput { _ in },
                standardError: TextOutput { _ in },
                standardInput: TextInput { _ in nil }))
    }

    private var mode: Int? {
        (try? FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int)
    }

    @Test func pathComesFromDMConfigFileElseHome() {
        #expect(file.path == harness.configPath)
        let home = ConfigFile(
            for: Terminal(
                environment: ["HOME": "/home/someone"], standardOutput: TextOutput { _ in },
                standardError: TextOutput { _ in },
                standardInput: TextInput { _ in nil }))
        #expect(home.path == "/home/someone/.config/datamasque-cli/config.toml")
    }

    @Test func aMissingFileHasNoProfilesAndDefaultActive() throws {
        let configuration = try file.load()
        #expect(configuration.profileNames.isEmpty)
        #expect(configuration.activeProfile == "default")
    }

    @Test func saveThenLoadRoundTripsWithMode0600() throws {
        var configuration = CLIConfiguration()
        configuration.set(
            Profile(url: "https://a", username: "u", password: "p\"w", verifySSL: false, spcsPAT: "pat"),
            named: "staging")
        configuration.set(Profile(url: "https://b", username: "v", password: "q"), named: "default")
        configuration.activeProfile = "staging"
        try file.save(configuration)
        #expect(try file.load() == configuration)
        #expect(mode == 0o600)
        let directoryMode =
            try FileManager.default.attributesOfItem(
                atPath: (file.path as NSString).deletingLastPathComponent)[.posixPermissions] as? Int
        #expect(directoryMode == 0o700)
    }

    @Test func savingReplacesAWorldReadableFileAtomicallyWithNoLeftovers() throws {
        try harness.writeConfig("active_profile = \"default\"\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let before = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        try file.save(CLIConfiguration())
        let after = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        #expect(before != after, "the file is replaced by a rename, not rewritten in place")
        #expect(mode == 0o600)
        let directory = (file.path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["config.toml"])
    }

    @Test func officialFilesLoadWithUnknownKeysIgnoredThenKept() throws {
        try harness.writeConfig(
            """
            active_profile = "staging"
            theme = "dark"

            [profiles.default]
            url = "https://dm.example.com"
            username = "admin"
            password = "secret"
            verify_ssl = true

            [profiles.staging]
            url = "https://dm-staging.example.com"
            username = "bob"
            password = "pw"
            verify_ssl = false
            colour = "blue"
            """)
        var configuration = try file.load()
        #expect(configuration.activeProfile == "staging")
        #expect(
            configuration.profile(named: "staging")
                == Profile(url: "https://dm-staging.example.com", username: "bob", password: "pw", verifySSL: false))
        #expect(configuration.profile() == configuration.profile(named: "staging"))
        configuration.activeProfile = "default"
        try file.save(configuration)
        let text = try #require(harness.configText())
        #expect(text.contains("theme = \"dark\""))
        #expect(text.contains("colour = \"blue\""))
        #expect(try file.load() == configuration)
    }

    @Test func verifySSLDefaultsToTrue() throws {
        try harness.writeConfig("[profiles.default]\nurl = \"https://a\"\nusername = \"u\"\npassword = \"p\"\n")
        #expect(try file.load().profile().verifySSL)
    }

    @Test func malformedTOMLIsAClearErrorNamingTheFile() throws {
        try harness.writeConfig("active_profile = \n[profiles")
        let error = try #require(throws: CLIError.self) { try file.load() }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains(file.path))
        #expect(error.message.contains("not valid TOML"))
    }

    @Test func aNonStringURLIsRejected() throws {
        try harness.writeConfig("[profiles.default]\nurl = 42\n")
        let error = try #require(throws: CLIError.self) { try file.load() }
        #expect(error.message.contains("profiles.default.url must be a string"))
    }

    @Test func aMalformedFileMakesCommandsExitWithACode() async throws {
        try harness.writeConfig("not toml at all [")
        let result = await harness.run("auth", "list")
        #expect(result.status == 4)
        #expect(result.stderr.contains(harness.configPath))
    }
}
