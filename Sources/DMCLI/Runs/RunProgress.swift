import DataMasque
import Foundation

/// How much of a run is done, as far as its log tells:
/// the tables or files masked so far and their rows or records.
struct RunProgress: Equatable {
    var items = 0
    var noun = "table"
    var amount = 0
    var unit = "rows"

    /// The progress in `entries`; empty when no entry reports masked tables or files.
    init(_ entries: [RunLogEntry]) {
        for entry in entries {
            guard let match = Self.pattern.firstMatch(in: entry.message, range: NSRange(entry.message.startIndex..., in: entry.message))
            else { continue }
            let group = { (index: Int) in Range(match.range(at: index), in: entry.message).map { String(entry.message[$0]) } }
            items += 1
            noun = group(1) ?? noun
            amount += Int(group(2) ?? "") ?? 0
            unit = group(3) ?? unit
        }
    }

    /// Such as `2 tables, 750 rows`; `nil` when nothing is known yet.
    var text: String? {
        guard items > 0 else { return nil }
        return "\(items) \(noun)\(items == 1 ? "" : "s"), \(amount) \(unit)"
    }

    private static let pattern = try! NSRegularExpression(pattern: #"^Masked (table|file) .*\((\d+) (rows|records)\)"#)
}
