import Foundation
import DataMasque

extension Timestamp {
    /// The server's time as the official CLI prints it,
    /// which is Python's `datetime.isoformat(separator)` of the parsed time:
    /// microseconds only when not zero, and UTC as `+00:00`.
    ///
    /// Text that is not of the form `YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|±HH[:MM]]` is returned as it is.
    func pythonISOFormat(separator: Character = "T") -> String {
        let characters = Array(text)
        guard characters.count >= 16, characters[10] == "T" || characters[10] == " " else { return text }
        let date = String(characters[..<10])
        let rest = characters[11...]
        let offsetStart = rest.firstIndex { $0 == "Z" || $0 == "z" || $0 == "+" || $0 == "-" } ?? rest.endIndex
        let clock = String(rest[..<offsetStart])
        guard let offset = Self.pythonOffset(String(rest[offsetStart...])) else { return text }
        let parts = clock.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var time = String(parts[0])
        if time.count == 5 { time += ":00" }
        guard time.count == 8 else { return text }
        if parts.count == 2 {
            let digits = String(parts[1].prefix(6))
            guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return text }
            let micro = digits.padding(toLength: 6, withPad: "0", startingAt: 0)
            if micro != "000000" { time += "." + micro }
        }
        return date + String(separator) + time + offset
    }

    /// `Z` as `+00:00`, `±HHMM` and `±HH` as `±HH:MM`, nothing as nothing; `nil` for anything else.
    private static func pythonOffset(_ text: String) -> String? {
        if text.isEmpty { return "" }
        if text == "Z" || text == "z" { return "+00:00" }
        let sign = text.prefix(1)
        let digits = text.dropFirst().replacingOccurrences(of: ":", with: "")
        guard digits.allSatisfy(\.isNumber), digits.count == 2 || digits.count == 4 else { return nil }
        let padded = digits.count == 2 ? digits + "00" : digits
        return String(sign) + String(padded.prefix(2)) + ":" + String(padded.suffix(2))
    }
}
