import Foundation
import DataMasque

extension RunLogEntry {
    /// The level's label, five characters wide: `DEBUG`, `INFO `, `WARN `, `ERROR` or `FATAL`;
    /// an unknown level reads `INFO `.
    var label: String {
        switch logLevel {
        case .debug, .info, .warning, .error, .fatal: logLevel.description.padding(toLength: 5, withPad: " ", startingAt: 0)
        default: "INFO "
        }
    }

    /// The style of ``label``.
    var labelStyle: TextStyle {
        switch logLevel {
        case .debug: .dim
        case .warning: .yellow
        case .error, .fatal: .red
        default: .green
        }
    }

    /// The server's timestamp without fractions of a second, with a space instead of `T`.
    var shortTimestamp: String {
        String((timestamp?.text ?? "").prefix { $0 != "." }).replacingOccurrences(of: "T", with: " ")
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
