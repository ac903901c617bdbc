import DataMasque
import Foundation

/// Prints a run's log: for people one line per entry, with continuation lines indented;
/// in JSON mode the server's text as it is, or while following, one compact JSON object per new entry.
struct RunLogPrinter: Sendable {
    let terminal: Terminal
    let json: Bool

    /// Prints the whole log once, as `dm run logs` without `--follow` does;
    /// a log that is not a list of entries prints as the server sent it.
    func printLog(of id: RunID, client: DataMasqueClient) async throws {
        guard !json else { return terminal.printData(try await client.runs.log(id: id)) }
        do {
            for entry in try await client.runs.logEntries(id: id) { show(entry) }
        } catch let error as DataMasqueError where error.code == .decoding {
            terminal.printData(error.response?.text ?? "")
        }
    }

    /// Prints the log's entries as they are written with the client's `followLog`, until the run ends.
    ///
    /// - Throws: ``CLIError`` `error` when interrupted (Ctrl-C), saying the run continues.
    func follow(_ id: RunID, client: DataMasqueClient, interval: Duration) async throws {
        do {
            try await Interrupt.cancellingOnInterrupt {
                do {
                    let timeout = Duration.seconds(RunWaitOptions.longestTimeout)
                    for try await entry in client.runs.followLog(id: id, pollInterval: interval, timeout: timeout) {
                        show(entry)
                    }
                } catch where Task.isCancelled {
                    throw CancellationError()
                }
            }
        } catch is CancellationError {
            throw CLIError(
                .error, "Stopped following the log; run \(id) continues on the server.",
                hint: "Check it with `dm run status \(id)`.")
        }
    }

    /// Prints one entry.
    func show(_ entry: RunLogEntry) {
        guard json else { return terminal.printData(terminal.lines(for: entry).joined(separator: "\n")) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        terminal.printData((try? encoder.encode(entry)).map { String(decoding: $0, as: UTF8.self) } ?? entry.message)
    }
}
