import Testing

@testable import DMCLI

@Suite struct ParsingTests {
    @Test func connectionsListTakesProfileAndJSON() throws {
        let command = try #require(
            try DM.parseAsRoot(["connections", "list", "-p", "staging", "--json"]) as? DM.Connections.List)
        #expect(command.profile.profile == "staging")
        #expect(command.output.json)
    }

    @Test func connectionsGetNeedsAName() async throws {
        let result = try await CommandHarness().run("connections", "get")
        #expect(result.status == 2)
        #expect(result.stderr.contains("Missing expected argument"))
    }

    @Test func loginAcceptsTheNonInteractiveFlags() throws {
        let command = try #require(
            try DM.parseAsRoot([
                "auth", "login", "--profile", "ci", "--url", "http://x", "--username", "u", "--password-stdin",
                "--insecure",
            ])
                as? DM.Auth.Login)
        #expect(command.profile == "ci")
        #expect(command.insecure)
        #expect(command.passwordStdin)
    }

    @Test(arguments: [["--password", "pw"], ["-p", "staging"], ["--spcs-pat", "a", "--spcs-pat-stdin"]])
    func loginRejects(_ extra: [String]) async throws {
        let result = try await CommandHarness().run(["auth", "login"] + extra)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test func groupsWithoutSubcommandPrintHelpAndExit2() async throws {
        let harness = try CommandHarness()
        for arguments in [[], ["auth"], ["connections"]] {
            let result = await harness.run(arguments)
            #expect(result.status == 2)
            #expect(result.stderr.contains("SUBCOMMANDS"))
        }
    }

    @Test func helpIsLongOnlyAndExits0() async throws {
        let harness = try CommandHarness()
        let help = await harness.run("--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("connections"))
        #expect(help.stdout.contains("auth"))
        #expect(await harness.run("-h").status == 2)
    }

    @Test func versionPrintsTheVersionOnStdout() async throws {
        let result = try await CommandHarness().run("version")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("v") && result.stdout.hasSuffix("\n"))
        #expect(result.stderr.contains("DataMasque"))
    }

    @Test func unknownOptionIsAUsageErrorNeverEnveloped() async throws {
        let result = try await CommandHarness().run(
            "connections", "list", "--bogus", environment: ["DM_OUTPUT": "json"])
        #expect(result.status == 2)
        #expect(!result.stderr.contains("{"))
    }
}
