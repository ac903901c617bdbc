import DataMasque
import Foundation
import Testing

@testable import DataMasqueEmulator

/// The emulator's own JSON writer gives the same bytes as `JSONEncoder` with the emulator's settings.
@Suite struct JSONValueWriterTests {
    static func encoded(_ value: JSONValue) throws -> [UInt8] {
        Array(try EmulatorJSON.encode(value))
    }

    @Test(arguments: [
        JSONValue.null, true, false, 0, -1, .int(Int.min), .int(Int.max), 1.0, 0.1, 1e20, 1e-7, -0.0, 2.5e300,
        123_456_789_012_345_678.0, "", "a\u{1}\u{1f}\u{7f}\u{2028}/\"\\\n\r\t\u{8}\u{c}é😀",
        ["b": 1, "a": 2, "B": 3, "é": 4, "aa": 5, "a1": 6, "a10": 7, "a2": 8, "": .null],
        [[:], [], [[]], ["x": ["y": [1, 2.5, "z"]]]],
    ])
    func matchesTheEncoder(value: JSONValue) throws {
        #expect(JSONValueWriter.bytes(of: value) == (try Self.encoded(value)))
    }

    @Test func matchesTheEncoderOnRandomValues() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let value = Self.random(depth: 0, using: &generator)
            #expect(JSONValueWriter.bytes(of: value) == (try Self.encoded(value)))
        }
    }

    static func random(depth: Int, using generator: inout SystemRandomNumberGenerator) -> JSONValue {
        switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .int(Int.random(in: Int.min...Int.max, using: &generator))
        case 3:
            let magnitude = Double.random(in: -1...1, using: &generator) * pow(10, Double(Int.random(in: -30...30)))
            return .double(magnitude)
        case 4: return .string(randomText(using: &generator))
        case 5:
            return .array((0..<Int.random(in: 0..<5, using: &generator)).map { _ in random(depth: depth + 1, using: &generator) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0..<6, using: &generator) {
                members[randomText(using: &generator)] = random(depth: depth + 1, using: &generator)
            }
            return .object(members)
        }
    }

    static func randomText(using generator: inout SystemRandomNumberGenerator) -> String {
        let alphabet: [Unicode.Scalar] = ["a", "B", "z", "0", "/", "\"", "\\", "\u{0}", "\u{1f}", "\n", "é", "😀", "\u{2028}", " "]
        return String(String.UnicodeScalarView((0..<Int.random(in: 0..<8, using: &generator)).map { _ in
            alphabet.randomElement(using: &generator)!
        }))
    }
}
