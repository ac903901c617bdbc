import DataMasque
package import Foundation

/// Makes seeded, repeatable mutations of a JSON document, for tests that feed decoders hostile input.
///
/// Most mutations change one value of the parsed document and keep it well-formed:
/// a value removed, replaced by one of another type or an extreme one, a key renamed or added,
/// an array element dropped or repeated.
/// The rest change the raw bytes: a byte replaced, removed or inserted, the text cut short.
package struct JSONMutator: Sendable {
    private enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    private let original: Data
    private let document: JSONValue
    private let paths: [[Step]]

    /// Prepares to mutate `data`, which must be well-formed JSON.
    package init(_ data: Data) throws {
        original = data
        document = try JSONDecoder().decode(JSONValue.self, from: data)
        var paths: [[Step]] = []
        Self.collectPaths(of: document, at: [], into: &paths)
        self.paths = paths
    }

    /// Prepares to mutate `text`, which must be well-formed JSON.
    package init(_ text: String) throws {
        try self.init(Data(text.utf8))
    }

    /// One mutation, chosen by `generator`.
    package func mutation(using generator: inout SeededGenerator) -> JSONMutation {
        if Int.random(in: 0..<10, using: &generator) < 7 {
            return structural(using: &generator)
        }
        return byteLevel(using: &generator)
    }

    // MARK: Structural mutations

    private static let marker = "@@mutant@@"

    /// Values that replace a value, as raw JSON text so they can go beyond what `JSONValue` holds.
    private static let replacements: [String] = [
        "null", "true", "false", "0", "-1", "1", "1.0", "-0", "0.5", "-2.5",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "18446744073709551616",
        "1e308", "-1e308", "1e999", "1.5e-400", "100000000000000000000000000000000000000",
        "\"\"", "\"x\"", "\"-1\"", "\"1e999\"", "\"9223372036854775808\"", "\"NaN\"", "\"null\"", "\"true\"",
        "\"2025-13-45T99:99:99Z\"", "\"2025-01-01T12:00:00.123456789+14:00\"", "\"0000-00-00\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"🙂 ünï\"", "\"" + String(repeating: "ab", count: 2_000) + "\"",
        "[]", "{}", "[null]", "[1, \"a\", {}]", "{\"\": null}", "{\"unknown\": [1, 2]}",
        String(repeating: "[", count: 32) + String(repeating: "]", count: 32),
        String(repeating: "{\"a\":", count: 32) + "1" + String(repeating: "}", count: 32),
        String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
    ]

    private func structural(using generator: inout SeededGenerator) -> JSONMutation {
        let path = paths.randomElement(using: &generator) ?? []
        let described = Self.describe(path)
        var summary: String
        var mutated = document
        var raw: String?
        switch Int.random(in: 0..<6, using: &generator) {
        case 0 where !path.isEmpty:
            summary = "removed"
            mutated = Self.updating(document, at: path) { _ in nil }
        case 1 where path.last.map({ if case .key = $0 { true } else { false } }) == true:
            summary = "renamed its key"
            mutated = Self.renaming(document, at: path)
        case 2:
            summary = "added an unknown key inside"
            mutated = Self.updating(document, at: path) { value in
                guard case .object(var members) = value else { return .object(["zz_unknown": value]) }
                members["zz_unknown_\(members.count)"] = ["nested": [1, 2, nil]]
                return .object(members)
            }
        case 3:
            summary = "repeated or dropped an element"
            mutated = Self.updating(document, at: path) { value in
                guard case .array(var elements) = value, !elements.isEmpty else { return .array([value]) }
                if elements.count > 1, Bool.random(using: &generator) {
                    elements.removeFirst()
                } else {
                    elements.append(elements[0])
                }
                return .array(elements)
            }
        default:
            let replacement = Self.replacements.randomElement(using: &generator) ?? "null"
            summary = "replaced with \(replacement.prefix(40))"
            raw = replacement
            mutated = Self.updating(document, at: path) { _ in .string(Self.marker) }
        }
        var text = ""
        Self.write(mutated, raw: raw, to: &text)
        summary = "\(described): \(summary)"
        return JSONMutation(data: Data(text.utf8), path: described, summary: summary)
    }

    private static func collectPaths(of value: JSONValue, at path: [Step], into paths: inout [[Step]]) {
        paths.append(path)
        switch value {
        case .object(let members):
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                collectPaths(of: member, at: path + [.key(key)], into: &paths)
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                collectPaths(of: element, at: path + [.index(index)], into: &paths)
            }
        default:
            break
        }
    }

    /// `value` with the value at `path` replaced by `change`'s result, or removed when it returns `nil`.
    private static func updating(
        _ value: JSONValue, at path: [Step], _ change: (JSONValue) -> JSONValue?
    ) -> JSONValue {
        guard let first = path.first else { return change(value) ?? .null }
        let rest = Array(path.dropFirst())
        switch (value, first) {
        case (.object(var members), .key(let key)):
            guard let member = members[key] else { return value }
            members[key] = rest.isEmpty ? change(member) : updating(member, at: rest, change)
            return .object(members)
        case (.array(var elements), .index(let index)) where elements.indices.contains(index):
            if rest.isEmpty {
                if let changed = change(elements[index]) { elements[index] = changed } else { elements.remove(at: index) }
            } else {
                elements[index] = updating(elements[index], at: rest, change)
            }
            return .array(elements)
        default:
            return value
        }
    }

    private static func renaming(_ value: JSONValue, at path: [Step]) -> JSONValue {
        guard case .key(let key)? = path.last else { return value }
        return updating(value, at: Array(path.dropLast())) { parent in
            guard case .object(var members) = parent, let member = members.removeValue(forKey: key) else { return parent }
            members[key.uppercased() + "_renamed"] = member
            return .object(members)
        }
    }

    /// Appends `value` as compact JSON, with ``marker`` strings written as `raw`.
    private static func write(_ value: JSONValue, raw: String?, to text: inout String) {
        switch value {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .int(let number): text += String(number)
        case .double(let number): text += number.isFinite ? "\(number)" : "null"
        case .string(let string) where string == marker: text += raw ?? "null"
        case .string(let string): writeString(string, to: &text)
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += "," }
                write(element, raw: raw, to: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, (key, member)) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { text += "," }
                writeString(key, to: &text)
                text += ":"
                write(member, raw: raw, to: &text)
            }
            text += "}"
        }
    }

    private static func writeString(_ string: String, to text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    private static func describe(_ path: [Step]) -> String {
        let text = path.map { step in
            switch step {
            case .key(let key): ".\(key)"
            case .index(let index): "[\(index)]"
            }
        }.joined()
        return text.isEmpty ? "(root)" : String(text.drop { $0 == "." })
    }

    private func byteLevel(using generator: inout SeededGenerator) -> JSONMutation {
        let (bytes, summary) = ByteMutator.mutate([UInt8](original), using: &generator)
        return JSONMutation(data: Data(bytes), path: nil, summary: summary)
    }
}
