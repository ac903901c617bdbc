import DataMasque
import Foundation

/// One line of a masking run's log, as `GET /api/runs/{id}/log/` returns it.
struct RunLogEntry: Equatable {
    var timestamp: String
    var level: Int
    var message: String

    /// The entries of a log, or `nil` when the text is not JSON;
    /// a single object counts as a one-entry log.
    static func entries(in text: String) -> [RunLogEntry]? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { return nil }
        let items: [JSONValue]
        switch value {
        case .array(let array): items = array
        case .object: items = [value]
        default: return nil
        }
        return items.map { item in
            RunLogEntry(
                timestamp: item["timestamp"]?.stringValue ?? "",
                level: item["log_level"]?.intValue ?? 20,
                message: item["message"]?.stringValue ?? "")
        }
    }

    /// The level's label, five characters wide: `DEBUG`, `INFO `, `WARN `, `ERROR` or `FATAL`;
    /// an unknown level reads `INFO `.
    var label: String {
        switch level {
        case 10: "DEBUG"
        case 30: "WARN "
        case 40: "ERROR"
        case 50: "FATAL"
        default: "INFO "
        }
    }

    /// The style of ``label``.
    var labelStyle: TextStyle {
        switch level {
        case 10: .dim
        case 30: .yellow
        case 40, 50: .red
        default: .green
        }
    }

    /// The timestamp without fractions of a second, with a space instead of `T`.
    var shortTimestamp: String {
        String(timestamp.prefix { $0 != "." }).replacingOccurrences(of: "T", with: " ")
    }
}

extension Terminal {
    /// The lines printed for `entry`: time, level and the first message line,
    /// then any further message lines indented under the first.
    func lines(for entry: RunLogEntry) -> [String] {
        let time = entry.shortTimestamp
        let prefix = "\(styled(time, .dim, on: standardOutput)) \(styled(entry.label, entry.labelStyle, on: standardOutput)) "
        let messageLines = entry.message.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = String(repeating: " ", count: time.count + entry.label.count + 2)
        return [prefix + (messageLines.first.map(String.init) ?? "")] + messageLines.dropFirst().map { indent + $0 }
    }
}
