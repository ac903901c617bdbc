import Testing

@testable import DMCLI

@Suite struct CredentialResolverTests {
    private let harness: CommandHarness
    private let envTrio = [
        "DATAMASQUE_URL": "https://env.example.com//", "DATAMASQUE_USERNAME": "env-user",
        "DATAMASQUE_PASSWORD": "env-pw",
    ]

    init() throws {
        harness = try CommandHarness()
        try harness.writeConfig(
            """
            active_profile = "default"
            [profiles.default]
            url = "https://default.example.com/"
            username = "admin"
            password = "secret"
            [profiles.staging]
            url = "https://staging.example.com"
            username = "bob"
            password = "pw"
            verify_ssl = false
            spcs_pat = "profile-pat"
            """)
    }

    private func resolve(profile: String? = nil, _ environment: [String: String] = [:]) throws -> Credentials {
        let terminal = Terminal(
            environment: harness.environment.merging(environment) { $1 }, standardOutput: TextOutput { _ in },
            standardError: TextOutput { _ in }, standardInput: TextInput { _ in nil })
        return try CredentialResolver(terminal: terminal).resolve(profile: profile)
    }

    @Test func theEnvironmentTrioIsUsedWithoutReadingTheConfigFile() throws {
        try harness.writeConfig("this is [not toml")
        let credentials = try resolve(envTrio)
        #expect(
            credentials
                == Credentials(
                    source: "(env)", url: "https://env.example.com", username: "env-user", password: "env-pw",
                    verifyTLS: true))
    }

    @Test func anExplicitProfileBeatsTheEnvironment() throws {
        let credentials = try resolve(profile: "staging", envTrio)
        #expect(credentials.source == "staging")
        #expect(credentials.username == "bob")
        #expect(!credentials.verifyTLS)
        #expect(credentials.spcsPAT == "profile-pat")
    }

    @Test func aPartialEnvironmentIsIgnored() throws {
        let credentials = try resolve(["DATAMASQUE_URL": "https://env.example.com", "DATAMASQUE_USERNAME": "env-user"])
        #expect(credentials.source == "default")
        #expect(credentials.url == "https://default.example.com")
    }

    @Test(arguments: [
        ("false", false), (" OFF ", false), ("0", false), ("no", false), ("true", true), ("", true), ("anything", true),
    ])
    func verifySSLOverridesEverySource(_ value: String, _ expected: Bool) throws {
        #expect(try resolve(profile: "staging", ["DATAMASQUE_VERIFY_SSL": value]).verifyTLS == expected)
        #expect(try resolve(envTrio.merging(["DATAMASQUE_VERIFY_SSL": value]) { $1 }).verifyTLS == expected)
    }

    @Test func theSPCSPATVariableOverridesTheProfileEvenWithProfile() throws {
        #expect(try resolve(profile: "staging", ["DATAMASQUE_SPCS_PAT": "env-pat"]).spcsPAT == "env-pat")
        #expect(try resolve(envTrio.merging(["DATAMASQUE_SPCS_PAT": "env-pat"]) { $1 }).spcsPAT == "env-pat")
        #expect(try resolve().spcsPAT == nil)
    }

    @Test func anUnconfiguredProfileNeedsLogin() throws {
        let error = try #require(throws: CLIError.self) { try resolve(profile: "nope") }
        #expect(error.code == .authRequired)
        #expect(error.hint?.contains("dm auth login --profile nope") == true)
    }
}

extension CredentialResolverTests {
    @Test func theSPCSPATIsRegisteredForRedactionButThePasswordIsNot() throws {
        let test = TestTerminal(harness.environment)
        _ = try CredentialResolver(terminal: test.terminal).resolve(profile: "staging")
        test.terminal.printData("pw and profile-pat")
        #expect(test.stdout.text == "pw and <redacted>\n")
    }
}
