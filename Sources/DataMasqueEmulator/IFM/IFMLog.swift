import DataMasque
import Foundation

/// One entry of the `logs` of a plan or a mask result: `{"log_level", "timestamp", "message"}`.
struct IFMLog: Sendable, Hashable {
    /// The levels the emulator writes, lower-cased on the wire.
    enum Level: String, Sendable {
        case info, warning, error
    }

    var level: Level
    var message: String

    static func error(_ message: String) -> Self { Self(level: .error, message: message) }
    static func warning(_ message: String) -> Self { Self(level: .warning, message: message) }
    static func info(_ message: String) -> Self { Self(level: .info, message: message) }

    /// The entry as the service writes it, stamped with `date`.
    func json(at date: Date) -> JSONValue {
        ["log_level": .string(level.rawValue), "timestamp": .string(date.timestamp), "message": .string(message)]
    }
}
