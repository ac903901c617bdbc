import DataMasque
import Foundation

/// Turns `--options key=value` items into a masking run's options.
///
/// Values are typed by their key: booleans take `true`/`false` in any case,
/// integers accept `+5` and `1_000`, and string options keep the text as typed.
enum RunOptionsParser {
    /// The value kind each known option takes.
    enum Kind {
        case integer, boolean, string
    }

    /// The options `dm` accepts, with their value kinds;
    /// one the client does not name travels in ``MaskingRunOptions/additional``.
    static let known: [String: Kind] = [
        "batch_size": .integer, "dry_run": .boolean, "continue_on_failure": .boolean, "max_rows": .integer,
        "diagnostic_logging": .boolean, "run_secret": .string, "disable_instance_secret": .boolean,
        "auto_pull": .boolean, "auto_pull_branch": .string,
    ]

    /// The options; later items for the same key win.
    ///
    /// - Throws: ``CLIError`` `invalid_input` for an item without `=`, an unknown key,
    ///   a value of the wrong kind, or options the client refuses (a `run_secret` outside 16 to 256 characters).
    static func parse(_ items: [String]) throws -> MaskingRunOptions {
        var options: [String: JSONValue] = [:]
        for item in items {
            guard let equals = item.firstIndex(of: "=") else {
                throw CLIError(.invalidInput, "Invalid --options item '\(item)': expected key=value.")
            }
            let key = item[..<equals].trimmingCharacters(in: .whitespaces)
            let text = item[item.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let kind = known[key] else {
                throw CLIError(
                    .invalidInput, "Unknown run option '\(key)'.",
                    hint: "Known options: \(known.keys.sorted().joined(separator: ", ")).")
            }
            options[key] = try value(text, of: kind, for: key)
        }
        let parsed = try JSONDecoder().decode(MaskingRunOptions.self, from: JSONEncoder().encode(JSONValue.object(options)))
        do {
            try parsed.validate()
        } catch let error as DataMasqueError {
            throw CLIError(.invalidInput, error.message)
        }
        return parsed
    }

    /// `text` as a JSON boolean, integer, number or string, in that order of preference.
    static func coerce(_ text: String) -> JSONValue {
        let lowered = text.lowercased()
        if lowered == "true" || lowered == "false" { return .bool(lowered == "true") }
        if let integer = integer(text) { return .int(integer) }
        if let double = Double(text.replacingOccurrences(of: "_", with: "")), double.isFinite { return .double(double) }
        return .string(text)
    }

    private static func value(_ text: String, of kind: Kind, for key: String) throws -> JSONValue {
        switch (kind, coerce(text)) {
        case (.string, _): return .string(text)
        case (.integer, .int(let value)): return .int(value)
        case (.boolean, .bool(let value)): return .bool(value)
        case (.integer, _): throw CLIError(.invalidInput, "Run option '\(key)' takes an integer, got '\(text)'.")
        case (.boolean, _): throw CLIError(.invalidInput, "Run option '\(key)' takes true or false, got '\(text)'.")
        }
    }

    /// An integer as Python's `int()` reads it: optional sign, digits, single underscores between digits.
    private static func integer(_ text: String) -> Int? {
        let unsigned = text.hasPrefix("+") || text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let groups = unsigned.split(separator: "_", omittingEmptySubsequences: false)
        guard !groups.isEmpty, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return Int(text.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "+", with: ""))
    }
}
