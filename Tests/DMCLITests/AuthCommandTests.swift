import DataMasqueTesting
import Foundation
import Testing

@testable import DMCLI

@Suite struct AuthCommandTests {
    private let harness: CommandHarness

    init() throws {
        harness = try CommandHarness()
    }

    private func load() throws -> CLIConfiguration {
        try ConfigFile(for: TestTerminal(harness.environment).terminal).load()
    }

    @Test func loginStoresPromptedCredentialsInDefaultAndSavesEvenWhenTheCheckFails() async throws {
        let result = await harness.run("auth", "login", input: ["http://127.0.0.1:9//", "admin", "secret"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("Error: Could not connect to http://127.0.0.1:9"))
        #expect(!result.stderr.contains("secret"))
        let configuration = try load()
        #expect(configuration.activeProfile == "default")
        #expect(configuration.profile() == Profile(url: "http://127.0.0.1:9", username: "admin", password: "secret"))
    }

    @Test func loginRejectsAURLWithoutSchemeAndSavesNothing() async throws {
        let result = await harness.run("auth", "login", input: ["dm.example.com", "admin", "secret"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("http://"))
        #expect(harness.configText() == nil)
    }

    @Test(arguments: ["http://127.0.0.1:99999", "http://127.0.0.1:0", "http://:8080"])
    func loginRejectsAnUnusableURLBeforeSavingIt(url: String) async throws {
        let result = await harness.run("auth", "login", input: [url, "admin", "secret"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("The URL is unusable"))
        #expect(harness.configText() == nil)
    }

    @Test func loginAtEndOfInputAborts() async throws {
        let result = await harness.run("auth", "login", input: [])
        #expect(result.status == 1)
        #expect(harness.configText() == nil)
    }

    @Test func loginWithFlagsVerifiesAgainstTheEmulatorAndActivatesTheProfile() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                "auth", "login", "--profile", "staging", "--url", emulator.baseURL.absoluteString + "/", "--username",
                "admin",
                "--password-stdin", "--insecure", "--spcs-pat", "unused-pat", input: ["datamasque"])
            #expect(result.status == 0)
            #expect(result.stderr.contains("Saved credentials to profile 'staging'."))
            #expect(result.stderr.contains("Logged in to \(emulator.baseURL.absoluteString) as admin."))
            let configuration = try load()
            #expect(configuration.activeProfile == "staging")
            #expect(
                configuration.profile(named: "staging")
                    == Profile(
                        url: emulator.baseURL.absoluteString, username: "admin", password: "datamasque",
                        verifySSL: false, spcsPAT: "unused-pat"))
            #expect(harness.configText()?.contains("spcs_pat = \"unused-pat\"") == true)
        }
    }

    @Test func aRejectedLoginIsReportedButExits0() async throws {
        try await withEmulator { emulator in
            let result = await harness.run(
                "auth", "login", "--url", emulator.baseURL.absoluteString, "--username", "admin", "--password-stdin",
                input: ["wrong-password"])
            #expect(result.status == 0)
            #expect(result.stderr.contains("Error: Authentication failed"))
            let saved = try load().profile()
            #expect(saved.password == "wrong-password")
        }
    }

    @Test func theSPCSPATCanComeFromStandardInputAfterThePassword() async throws {
        let result = await harness.run(
            "auth", "login", "--url", "http://127.0.0.1:9", "--username", "u", "--password-stdin", "--spcs-pat-stdin",
            input: ["pw", "the-pat"])
        #expect(result.status == 0)
        #expect(try load().profile().spcsPAT == "the-pat")
    }

    private func saveTwoProfiles() throws {
        try harness.writeConfig(
            """
            active_profile = "default"
            [profiles.default]
            url = "https://a.example.com"
            username = "alice"
            password = "pa"
            [profiles.staging]
            url = "https://b.example.com"
            username = "bob"
            password = "pb"
            """)
    }

    @Test func logoutOfTheActiveProfileSwitchesToTheRemainingOne() async throws {
        try saveTwoProfiles()
        let result = await harness.run("auth", "logout")
        #expect(result.status == 0)
        let configuration = try load()
        #expect(configuration.profileNames == ["staging"])
        #expect(configuration.activeProfile == "staging")
    }

    @Test func logoutOrUseOfAnUnknownProfileExits3() async throws {
        try saveTwoProfiles()
        #expect(await harness.run("auth", "logout", "--profile", "nope").status == 3)
        let use = await harness.run("auth", "use", "nope")
        #expect(use.status == 3)
        #expect(use.stderr.contains("dm auth login --profile nope"))
    }

    @Test func useSwitchesTheActiveProfile() async throws {
        try saveTwoProfiles()
        #expect(await harness.run("auth", "use", "staging").status == 0)
        #expect(try load().activeProfile == "staging")
    }

    @Test func listShowsATableMarkingTheActiveProfileEvenInAgentMode() async throws {
        try saveTwoProfiles()
        let result = await harness.run("auth", "list", environment: ["DM_OUTPUT": "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("│ * │ default │ https://a.example.com │ alice    │"))
        #expect(!result.stdout.contains("pa"))
    }

    @Test func listWithoutProfilesPointsAtLogin() async throws {
        let result = await harness.run("auth", "list")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("dm auth login"))
    }

    @Test func statusWithoutCredentialsNeedsLogin() async throws {
        let result = await harness.run("auth", "status")
        #expect(result.status == 6)
        #expect(result.stderr.contains("dm auth login"))
    }

    @Test func statusShowsTheEnvironmentSourceAndTheLicence() async throws {
        try await withEmulator { emulator in
            let result = await harness.run("auth", "status", environment: emulator.cliEnvironment)
            #expect(result.status == 0)
            #expect(result.stderr.contains("Profile: (env)"))
            #expect(result.stderr.contains("Authenticated."))
            #expect(result.stderr.contains("Licence: "))
            #expect(result.stderr.range(of: "Expires: \\d{4}-\\d{2}-\\d{2}T", options: .regularExpression) != nil)
        }
    }

    @Test func statusReportsARejectedLoginButExits0() async throws {
        try await withEmulator { emulator in
            let environment = emulator.cliEnvironment.merging(["DATAMASQUE_PASSWORD": "wrong"]) { $1 }
            let result = await harness.run("auth", "status", environment: environment)
            #expect(result.status == 0)
            #expect(result.stderr.contains("Error: Authentication failed"))
            #expect(!result.stderr.contains("Authenticated."))
        }
    }
}
