import DataMasque
import Foundation
import Testing

@testable import DMCLI

@Suite struct RenderingTests {
    private let uuid = "14c68b9a-7e73-44d8-acac-d0d4b908ff2a"

    @Test func jsonKeepsKeyOrderAndIndentsTwoSpaces() {
        let value = OrderedJSON.object([
            .init("z", .int(1)), .init("a", .array([.bool(true), .null])), .init("m", .object([])),
            .init("e", .array([])),
        ])
        #expect(
            value.rendered(pretty: true)
                == "{\n  \"z\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"m\": {},\n  \"e\": []\n}")
        #expect(value.rendered(pretty: false) == "{\"z\": 1, \"a\": [true, null], \"m\": {}, \"e\": []}")
    }

    @Test func jsonEscapesControlAndNonASCIICharacters() {
        #expect(
            OrderedJSON.string("a\"b\\c\nd\u{1}é😀/").rendered(pretty: false)
                == "\"a\\\"b\\\\c\\nd\\u0001\\u00e9\\ud83d\\ude00/\"")
    }

    @Test func jsonValuesConvertWithSortedKeys() {
        let value = OrderedJSON(["b": 1, "a": ["x": 2.5]] as JSONValue)
        #expect(value.rendered(pretty: false) == "{\"a\": {\"x\": 2.5}, \"b\": 1}")
    }

    @Test func anEightyColumnTableFoldsAndKeepsTheWholeUUID() {
        let test = TestTerminal(["DM_OUTPUT": "table", "COLUMNS": "80"])
        let name = String(repeating: "long-name-", count: 8)
        test.terminal.render(
            TableOutput(
                title: "Connections", columns: ["id", "name", "type", "role"],
                rows: [[.string(uuid), .string(name), .string("Database"), .string("source")]]),
            json: false)
        let lines = test.stdout.text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(!test.stdout.text.contains("…"))
        let firstCells = lines.compactMap { line -> String? in
            guard line.hasPrefix("│") else { return nil }
            return line.split(separator: "│", omittingEmptySubsequences: false)[1].trimmingCharacters(in: .whitespaces)
        }
        #expect(firstCells.joined() == uuid)
        #expect(test.stdout.text.contains("Connections"))
    }

    @Test func aWideEnoughTableKeepsCellsOnOneLine() {
        let layout = TableLayout(title: nil, headers: ["id", "name"], cells: [[uuid, "pg main"]], width: 80)
        #expect(
            layout.lines() == [
                "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━┓",
                "┃ id                                   ┃ name    ┃",
                "┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━┩",
                "│ \(uuid) │ pg main │",
                "└──────────────────────────────────────┴─────────┘",
            ])
    }

    @Test func wordsWrapBeforeLongWordsBreak() {
        let widths = TableLayout(
            title: nil, headers: ["id", "text"],
            cells: [[uuid, "many short words " + String(repeating: "w ", count: 40)]], width: 60
        ).columnWidths()
        #expect(widths[0] == uuid.count)
        #expect(widths.reduce(0, +) + 7 <= 60)
    }

    @Test func anEmptyListSaysNoResultsOnStandardError() {
        let test = TestTerminal()
        test.terminal.render(TableOutput(title: "T", columns: ["a"], rows: []), json: false)
        #expect(test.stdout.text.isEmpty)
        #expect(test.stderr.text == "No results.\n")
        test.terminal.render(TableOutput(title: "T", columns: ["a"], rows: []), json: true)
        #expect(test.stdout.text == "[]\n")
    }

    @Test func detailsShowKeysAndValuesUnderATitle() {
        let test = TestTerminal()
        test.terminal.render(
            DetailOutput(
                title: "Connection: pg",
                fields: [.init("name", .string("pg")), .init("port", .int(5432)), .init("schema", .null)]), json: false)
        #expect(test.stdout.text == "Connection: pg\nname    pg\nport    5432\nschema\n")
    }

    @Test(arguments: [
        "password", "PASSWORD", "DB_Password", "access_token", "api_key", "aws_secret_access_key",
        "database_credential",
    ])
    func secretLookingKeysAreRedacted(_ key: String) {
        #expect(Redaction.isSensitive(key))
    }

    @Test(arguments: ["name", "host", "user", "port"])
    func ordinaryKeysAreKept(_ key: String) {
        #expect(!Redaction.isSensitive(key))
    }
}
