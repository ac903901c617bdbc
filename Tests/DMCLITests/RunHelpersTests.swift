import DataMasque
import Testing

@testable import DMCLI

@Suite struct RunHelpersTests {
    @Test(arguments: [
        ("true", JSONValue.bool(true)), ("FALSE", .bool(false)), ("42", .int(42)), ("+5", .int(5)),
        ("1_000", .int(1000)), ("1.5", .double(1.5)), ("snowflake", .string("snowflake")),
    ])
    func optionValuesAreCoerced(text: String, value: JSONValue) {
        #expect(RunOptionsParser.coerce(text) == value)
    }

    @Test func optionsAreTypedByKeyAndLaterItemsWin() throws {
        let options = try RunOptionsParser.parse(["batch_size=1000", " dry_run = true", "batch_size=500", "auto_pull_branch=123"])
        #expect(options == ["batch_size": 500, "dry_run": true, "auto_pull_branch": "123"])
        #expect(throws: CLIError.self) { try RunOptionsParser.parse(["dry_run=maybe"]) }
        #expect(throws: CLIError.self) { try RunOptionsParser.parse(["run_secret=short"]) }
    }

    @Test(arguments: [(5, "5s"), (65, "1m 05s"), (3723, "1h 02m 03s")])
    func elapsedTimeIsFormatted(seconds: Int, text: String) {
        #expect(ElapsedTime.text(seconds) == text)
    }

    @Test func logEntriesPrintWithLevelsAndIndentedContinuations() throws {
        let text = #"[{"timestamp": "2024-05-01T10:00:00.123Z", "log_level": 40, "message": "bad\nworse"}]"#
        let entries = try #require(RunLogEntry.entries(in: text))
        let lines = TestTerminal().terminal.lines(for: entries[0])
        #expect(lines == ["2024-05-01 10:00:00 ERROR bad", String(repeating: " ", count: 26) + "worse"])
        #expect(RunLogEntry.entries(in: "plain text") == nil)
        #expect(RunLogEntry(timestamp: "", level: 99, message: "").label == "INFO ")
    }

    @Test func progressCountsMaskedTablesAndRows() {
        let entries = [
            RunLogEntry(timestamp: "", level: 20, message: "Masked table a (250 rows)."),
            RunLogEntry(timestamp: "", level: 20, message: "Masked table b (500 rows)."),
        ]
        #expect(RunProgress(entries).text == "2 tables, 750 rows")
        #expect(RunProgress([]).text == nil)
    }
}
