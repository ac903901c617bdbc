import ArgumentParser
import DataMasque
import Foundation
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
        #expect(options == MaskingRunOptions(batchSize: 500, dryRun: true, autoPullBranch: "123"))
        #expect(throws: CLIError.self) { try RunOptionsParser.parse(["dry_run=maybe"]) }
        #expect(throws: CLIError.self) { try RunOptionsParser.parse(["run_secret=short"]) }
        #expect(try RunOptionsParser.parse(["run_secret=" + String(repeating: "s", count: 16)]).runSecret?.count == 16)
    }

    @Test(arguments: [(5, "5s"), (65, "1m 05s"), (3723, "1h 02m 03s")])
    func elapsedTimeIsFormatted(seconds: Int, text: String) {
        #expect(ElapsedTime.text(seconds) == text)
    }

    @Test func logEntriesPrintWithLevelsAndIndentedContinuations() throws {
        let text = #"[{"timestamp": "2024-05-01T10:00:00.123Z", "log_level": 40, "message": "bad\nworse"}]"#
        let entries = try JSONDecoder().decode([RunLogEntry].self, from: Data(text.utf8))
        let lines = TestTerminal().terminal.lines(for: entries[0])
        #expect(lines == ["2024-05-01 10:00:00 ERROR bad", String(repeating: " ", count: 26) + "worse"])
        #expect((try? JSONDecoder().decode([RunLogEntry].self, from: Data("plain text".utf8))) == nil)
        #expect(RunLogEntry(logLevel: RunLogLevel(rawValue: 99), message: "").label == "INFO ")
        #expect(RunLogEntry(logLevel: .warning, message: "").label == "WARN ")
    }

    @Test func progressCountsMaskedTablesAndRows() {
        let entries = [
            RunLogEntry(message: "Masked table a (250 rows)."),
            RunLogEntry(message: "Masked table b (500 rows)."),
        ]
        #expect(RunProgress(entries).text == "2 tables, 750 rows")
        #expect(RunProgress([]).text == nil)
    }

    @Test(arguments: [
        ("2026-01-01T12:00:00.123456Z", "T", "2026-01-01T12:00:00.123456+00:00"),
        ("2026-01-01T12:00:00Z", "T", "2026-01-01T12:00:00+00:00"),
        ("2026-01-01T12:00:00.000Z", "T", "2026-01-01T12:00:00+00:00"),
        ("2026-01-01T12:00:00.500+13:00", " ", "2026-01-01 12:00:00.500000+13:00"),
        ("2026-01-01T12:00:00.1234567-05:30", " ", "2026-01-01 12:00:00.123456-05:30"),
    ])
    func timestampsRenderAsPythonDoes(text: String, separator: Character, rendered: String) throws {
        let timestamp = try #require(Timestamp(text: text))
        #expect(timestamp.pythonISOFormat(separator: separator) == rendered)
    }

    @Test(arguments: [
        ("--interval", "inf"), ("--interval", "1e308"), ("--timeout", "inf"), ("--timeout", "1e300"),
        ("--timeout", "nan"), ("--interval", "0"), ("--timeout", "-1"),
    ])
    func hugeOrEmptyDurationsAreRefused(option: String, value: String) throws {
        let error = try #require(throws: (any Error).self) { try RunWaitOptions.parse([option + "=" + value]) }
        let message = RunWaitOptions.message(for: error)
        #expect(message.contains(option) && message.contains("more than 0 and at most"), "\(message)")
    }
}
