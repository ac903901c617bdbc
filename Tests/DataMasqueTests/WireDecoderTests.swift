@testable import DataMasque
import DataMasqueTesting
import Foundation
import Testing

/// The wire decoder reads what `JSONDecoder` reads, and fails where and how it fails.
struct WireDecoderTests {
    private func both<Value: Decodable & Equatable>(_ type: Value.Type, _ json: String) throws -> (Value, Value) {
        let data = Data(json.utf8)
        return (try WireDecoder().decode(type, from: data), try JSONDecoder().decode(type, from: data))
    }

    @Test("Every connection fixture decodes to the same value as with JSONDecoder")
    func connectionFixtures() throws {
        let bodies =
            [ConnectionFixtures.listPage, ConnectionFixtures.legacySnowflake]
            + ["[" + ConnectionFixtures.roundTrips.map(\.response).joined(separator: ",") + "]"]
            + ["[" + ConnectionFixtures.unmodelled.joined(separator: ",") + "]"]
        for body in bodies {
            let (ours, foundation) = try both([Connection].self, body)
            #expect(ours == foundation)
            #expect(!ours.isEmpty)
        }
    }

    @Test("Random JSON reads as the same JSONValue", arguments: 0..<4)
    func randomValues(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let text = RandomJSON.text(depth: 4, using: &generator)
            let (ours, foundation) = try both(JSONValue.self, text)
            #expect(ours == foundation, "\(text)")
        }
    }

    @Test(
        "Numbers read as JSONDecoder reads them",
        arguments: ["0", "-0", "1.0", "1e2", "-17", "9223372036854775807", "-9223372036854775808", "123456789012345678"])
    func integers(text: String) throws {
        let (ours, foundation) = try both(Int.self, text)
        #expect(ours == foundation)
    }

    @Test(
        "Doubles read as JSONDecoder reads them",
        arguments: ["0.1", "1e-7", "-2.5E+3", "99999999999999999999", "3", "1234567890123456", "2.2250738585072014e-308"])
    func doubles(text: String) throws {
        let (ours, foundation) = try both(Double.self, text)
        #expect(ours == foundation)
    }

    @Test(
        "A number that does not fit is corrupt data, not a crash",
        arguments: [("1.5", "Int"), ("99999999999999999999", "Int"), ("300", "UInt8"), ("-1", "UInt"), ("1e400", "Double")])
    func numbersOutOfRange(text: String, type: String) throws {
        let decoder = WireDecoder()
        let data = Data(text.utf8)
        let error = #expect(throws: DecodingError.self) {
            switch type {
            case "Int": _ = try decoder.decode(Int.self, from: data)
            case "UInt8": _ = try decoder.decode(UInt8.self, from: data)
            case "UInt": _ = try decoder.decode(UInt.self, from: data)
            default: _ = try decoder.decode(Double.self, from: data)
            }
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription.contains(text))
    }

    @Test("Strings with escapes and non-ASCII text read as JSONDecoder reads them")
    func strings() throws {
        let texts = [
            #""plain""#, #""tab\there""#, #""quote \" backslash \\ slash \/""#, #""\u00e9t\u00E9 \ud83d\ude00""#,
            #""日本語 é 😀""#, #""\b\f\n\r""#, #""""#,
        ]
        for text in texts {
            let (ours, foundation) = try both(String.self, text)
            #expect(ours == foundation)
        }
    }

    @Test(
        "Text that is not JSON is corrupt data, named by its place",
        arguments: [
            "", "{", "[1, 2", #"{"a" 1}"#, #"{"a": 1,}"#, "[1,]", "tru", "01", "1.", "-", "1e", #""\x""#, #""\u12""#,
            "\"a\u{1}b\"", "{} {}", "nul", #"{"a": 1 "b": 2}"#, "[1 2]", "\"open",
        ])
    func invalidJSON(text: String) {
        let error = #expect(throws: DecodingError.self) { try WireDecoder().decode(JSONValue.self, from: Data(text.utf8)) }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription.hasPrefix("The given data was not valid JSON: "))
    }

    @Test("Invalid UTF-8 and unpaired surrogates are corrupt data")
    func invalidText() {
        for data in [Data([0x22, 0xFF, 0xFE, 0x22]), Data(#""\ud800""#.utf8), Data(#""\udc00x""#.utf8)] {
            #expect(throws: DecodingError.self) { try WireDecoder().decode(String.self, from: data) }
        }
    }

    @Test("Nesting deeper than 512 levels is refused, not a stack overflow")
    func deepNesting() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: DecodingError.self) { try WireDecoder().decode(JSONValue.self, from: Data(deep.utf8)) }
        let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try WireDecoder().decode(JSONValue.self, from: Data(allowed.utf8)) != .null)
    }

    private struct Item: Decodable, Equatable {
        var name: String
        var size: Int?
        var tags: [String]
    }

    @Test(
        "A value that does not fit fails with JSONDecoder's error and coding path",
        arguments: [
            (#"[{"name": "a", "tags": []}, {"name": null, "tags": []}]"#, "[1].name"),
            (#"[{"name": "a", "tags": []}, {"name": "b", "size": "x", "tags": []}]"#, "[1].size"),
            (#"[{"name": "a", "tags": ["x", 2]}]"#, "[0].tags[1]"),
            (#"[{"name": "a"}]"#, "[0].tags"),
            (#"{"name": "a"}"#, "(root)"),
        ])
    func errorPaths(text: String, path: String) throws {
        let data = Data(text.utf8)
        let ours = #expect(throws: DecodingError.self) { try WireDecoder().decode([Item].self, from: data) }
        let foundation = #expect(throws: DecodingError.self) { try JSONDecoder().decode([Item].self, from: data) }
        let (oursFailure, foundationFailure) = try (#require(ours), #require(foundation))
        #expect(DecodingFailure(oursFailure).fieldPath == path)
        #expect(DecodingFailure(foundationFailure).fieldPath == path)
        #expect(DecodingFailure(oursFailure).problem == DecodingFailure(foundationFailure).problem)
    }

    private struct Retrying: Decodable, Equatable {
        var values: [String]

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            values = []
            while !container.isAtEnd {
                if let number = try? container.decode(Int.self) {
                    values.append("int \(number)")
                } else if try container.decodeNil() {
                    values.append("null")
                } else {
                    values.append("string " + (try container.decode(String.self)))
                }
            }
        }
    }

    @Test("An array element that fails to decode can be read again as another type")
    func unkeyedRetry() throws {
        let (ours, foundation) = try both(Retrying.self, #"[1, "two", null, 4]"#)
        #expect(ours == foundation)
        #expect(ours.values == ["int 1", "string two", "null", "int 4"])
    }

    @Test("Duplicate member names keep the first, as JSONDecoder does")
    func duplicateMembers() throws {
        let (ours, foundation) = try both([String: Int].self, #"{"a": 1, "a": 2}"#)
        #expect(ours == foundation)
        #expect(try WireDecoder().decode(JSONValue.self, from: Data(#"{"a": 1, "a": 2}"#.utf8)) == ["a": 1])
    }

    @Test("Dates in DataMasque's forms read as the wire format's dates")
    func dates() throws {
        let dates = try WireDecoder().decode(
            [Date].self, from: Data(#"["2024-01-02T03:04:05Z", "2024-01-02T03:04:05.678+13:00"]"#.utf8))
        #expect(dates.map(\.timeIntervalSince1970) == [1_704_164_645, 1_704_117_845.678])
        #expect(throws: DecodingError.self) { try WireDecoder().decode(Date.self, from: Data(#""yesterday""#.utf8)) }
    }
}

/// Random JSON text with every kind of value, escapes, non-ASCII text and irregular whitespace.
private enum RandomJSON {
    static func text(depth: Int, using generator: inout SeededGenerator) -> String {
        let kind = depth == 0 ? Int.random(in: 0..<5, using: &generator) : Int.random(in: 0..<7, using: &generator)
        switch kind {
        case 0: return "null"
        case 1: return Bool.random(using: &generator) ? "true" : "false"
        case 2: return String(Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0..<64, using: &generator))
        case 3:
            let forms = ["1.5", "-0.25", "1e3", "2.5E-4", "1.0", "123456789.125", "-0", "1e20"]
            return forms.randomElement(using: &generator)!
        case 4: return string(using: &generator)
        case 5:
            let items = (0..<Int.random(in: 0..<5, using: &generator)).map { _ in text(depth: depth - 1, using: &generator) }
            return "[" + items.joined(separator: space(using: &generator) + ",") + "]"
        default:
            let members = (0..<Int.random(in: 0..<5, using: &generator)).map { _ in
                string(using: &generator) + space(using: &generator) + ":" + text(depth: depth - 1, using: &generator)
            }
            return "{" + space(using: &generator) + members.joined(separator: ",") + "}"
        }
    }

    private static func string(using generator: inout SeededGenerator) -> String {
        let pieces = ["a", "key", "é", "😀", #"\n"#, #"\""#, #"\\"#, #"\u00e9"#, #"\ud83d\ude00"#, " ", "/", #"\/"#, "日"]
        return "\"" + (0..<Int.random(in: 0..<6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            + "\""
    }

    private static func space(using generator: inout SeededGenerator) -> String {
        ["", " ", "\n  ", "\t", "\r\n"].randomElement(using: &generator)!
    }
}

/// `DataMasqueResponse.decode(_:)` decodes a body as the client's own calls do.
struct ResponseDecodeTests {
    @Test("a captured connection list decodes to the models a call returns, wire dates included")
    func decodesAsTheClient() throws {
        let response = DataMasqueResponse(status: 200, body: Data(ConnectionFixtures.listPage.utf8))
        let connections = try response.decode([Connection].self)
        #expect(connections.map(\.name) == ["s3", "azure", "mysql", "db_dynamo"])
        #expect(connections == (try JSONDecoder().decode([Connection].self, from: response.body)))
        let dated = DataMasqueResponse(status: 200, body: Data(#""2024-01-02T03:04:05.678+13:00""#.utf8))
        #expect(try dated.decode(Date.self).timeIntervalSince1970 == 1_704_117_845.678)
    }

    @Test("a body that does not fit throws DecodingError naming the field")
    func namesTheField() {
        let response = DataMasqueResponse(status: 200, body: Data(#"[{"name": 1}]"#.utf8))
        let error = #expect(throws: DecodingError.self) { try response.decode([Connection].self) }
        #expect(error.map { DecodingFailure($0).fieldPath } == "[0].name")
    }
}
