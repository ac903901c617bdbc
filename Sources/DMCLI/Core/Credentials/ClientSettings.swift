import DataMasque
import Foundation
import Logging

/// How `dm` sets up every client it makes, from the global options and the environment:
/// the request timeout (`--request-timeout`, else `DATAMASQUE_REQUEST_TIMEOUT`)
/// and the log level (`--verbose` for `debug`, else `DATAMASQUE_LOG_LEVEL`).
struct ClientSettings: Sendable, Equatable {
    /// The longest request timeout `dm` accepts, in seconds: one day.
    static let maximumRequestTimeout = 86_400.0

    /// The request timeout, or `nil` for the library's default.
    var requestTimeout: Duration?
    /// The level requests are logged at on standard error, or `nil` for no logging.
    var logLevel: Logger.Level?

    init(requestTimeout: Duration? = nil, logLevel: Logger.Level? = nil) {
        (self.requestTimeout, self.logLevel) = (requestTimeout, logLevel)
    }

    /// The settings `arguments` give (already checked by the parser), falling back on `terminal`'s environment.
    ///
    /// - Throws: ``CLIError`` `invalid_input` naming the variable when an environment value is unusable.
    init(arguments: [String], terminal: Terminal) throws {
        let options = (try? GlobalOptions.Probe.parse(arguments).options) ?? GlobalOptions()
        requestTimeout =
            try options.requestTimeout
            ?? terminal.variable("DATAMASQUE_REQUEST_TIMEOUT").map {
                try Self.requestTimeout($0, from: "DATAMASQUE_REQUEST_TIMEOUT")
            }
        logLevel =
            options.verbose
            ? .debug : try terminal.variable("DATAMASQUE_LOG_LEVEL").map { try Self.logLevel($0) }
    }

    /// `text` as a request timeout: a number of seconds, more than 0 and at most ``maximumRequestTimeout``.
    ///
    /// - Throws: ``CLIError`` `invalid_input` naming `source`, the option or variable it came from.
    static func requestTimeout(_ text: String, from source: String) throws -> Duration {
        guard let seconds = Double(text.trimmingCharacters(in: .whitespaces)), seconds.isFinite, seconds > 0,
            seconds <= maximumRequestTimeout
        else {
            throw CLIError(
                .invalidInput,
                "\(source) must be a number of seconds above 0 and at most \(Int(maximumRequestTimeout)), got '\(text)'.")
        }
        return .milliseconds(max(1, Int((seconds * 1000).rounded())))
    }

    /// `text` as a log level, such as `debug`.
    ///
    /// - Throws: ``CLIError`` `invalid_input` listing the levels.
    static func logLevel(_ text: String) throws -> Logger.Level {
        guard let level = Logger.Level(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            let levels = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw CLIError(.invalidInput, "DATAMASQUE_LOG_LEVEL must be one of \(levels), got '\(text)'.")
        }
        return level
    }

    /// The timeouts of the clients `dm` makes: the request timeout when one was given,
    /// with transfers and the wait between bytes never shorter than it; the library's defaults otherwise.
    var timeout: DataMasqueClient.Configuration.Timeout {
        let defaults = DataMasqueClient.Configuration.Timeout()
        guard let requestTimeout else { return defaults }
        return .init(
            request: requestTimeout, transfer: max(defaults.transfer, requestTimeout), idle: max(defaults.idle, requestTimeout))
    }

    /// The logger of the clients `dm` makes: one writing to `terminal`'s standard error, secrets redacted,
    /// at ``logLevel``; `nil` when nothing is logged.
    func logger(for terminal: Terminal) -> Logger? {
        guard let logLevel else { return nil }
        var logger = Logger(label: "datamasque") { TerminalLogHandler(label: $0, terminal: terminal) }
        logger.logLevel = logLevel
        return logger
    }
}
