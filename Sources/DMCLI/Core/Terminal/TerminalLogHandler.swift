import Foundation
import Logging

/// Writes log messages to a terminal's standard error, one line each, secrets redacted:
/// `2026-01-31T12:00:00Z debug datamasque: → GET /api/runs/ [datamasque.operation=…]`.
struct TerminalLogHandler: LogHandler {
    let label: String
    let terminal: Terminal
    var logLevel = Logger.Level.info
    var metadata: Logger.Metadata = [:]

    init(label: String, terminal: Terminal) {
        (self.label, self.terminal) = (label, terminal)
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let context =
            merged.isEmpty ? "" : " [" + merged.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ") + "]"
        let time = Date().formatted(.iso8601)
        terminal.printMessage("\(time) \(event.level) \(label): \(event.message)\(context)")
    }
}
