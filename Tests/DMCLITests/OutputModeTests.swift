import Testing

@testable import DMCLI

@Suite struct OutputModeTests {
    @Test(
        arguments: [
            (["DM_OUTPUT": "table", "AI_AGENT": "1"], false, OutputMode.human),
            (["DM_OUTPUT": " JSON "], true, .agent),
            (["AI_AGENT": "claude"], true, .agent),
            (["AI_AGENT": ""], true, .human),
            ([:], false, .agent),
            ([:], true, .human),
            (["DM_OUTPUT": "yaml"], true, .human),
        ] as [([String: String], Bool, OutputMode)])
    func detection(_ environment: [String: String], _ outputIsTerminal: Bool, _ expected: OutputMode) {
        #expect(TestTerminal(environment, outputIsTerminal: outputIsTerminal).terminal.mode == expected)
    }

    @Test func jsonFlagWinsOverTableModeWithoutAgentMode() {
        let terminal = TestTerminal(["DM_OUTPUT": "table"]).terminal
        #expect(terminal.wantsJSON(true))
        #expect(!terminal.wantsJSON(false))
        #expect(terminal.mode == .human)
    }

    @Test func agentModeRendersJSONWithoutTheFlag() {
        let test = TestTerminal(["DM_OUTPUT": "json"])
        test.terminal.render(TableOutput(title: "T", columns: ["a"], rows: [[.int(1)]]), json: false)
        #expect(test.stdout.text == "[\n  {\n    \"a\": 1\n  }\n]\n")
    }

    @Test func successAndInfoLinesAreSilentInAgentModeButWarningsAreNot() {
        let test = TestTerminal(["DM_OUTPUT": "json"])
        test.terminal.success("done")
        test.terminal.info("fyi")
        test.terminal.warning("careful")
        #expect(test.stderr.text == "Warning: careful\n")
    }

    @Test func coloursOnlyOnATerminalWithoutNoColor() {
        let coloured = TestTerminal(["DM_OUTPUT": "table"], colours: true)
        coloured.terminal.warning("x")
        #expect(coloured.stderr.text.contains("\u{1B}[33m"))
        let plain = TestTerminal(["DM_OUTPUT": "table", "NO_COLOR": "1"], colours: true)
        plain.terminal.warning("x")
        #expect(plain.stderr.text == "Warning: x\n")
    }
}
