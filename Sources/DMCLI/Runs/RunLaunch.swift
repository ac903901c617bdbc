import DataMasque

/// A masking run just started, and how it ended when `dm` waited for it.
struct RunLaunch: Sendable {
    var id: RunID
    var ended: (run: RunInfo, elapsed: Duration)?

    /// Starts a run with `request`, announces it with `announcement(id)`, then waits as `waiting` says unless it is `nil`.
    ///
    /// - Throws: ``CLIError`` `invalid_input` for options the client refuses before sending
    ///   or a ruleset library the server finds invalid;
    ///   the server's other refusals prefixed "Failed to start the run".
    static func start(
        _ request: MaskingRunRequest,
        client: DataMasqueClient,
        terminal: Terminal,
        waiting: RunWaitSchedule?,
        announcement: (RunID) -> String
    ) async throws -> RunLaunch {
        let id: RunID
        do {
            id = try await client.runs.start(request)
        } catch let error as DataMasqueError where error.code == .configuration {
            throw CLIError(.invalidInput, error.message)
        } catch let error as DataMasqueError where error.code == .invalidLibrary {
            throw CLIError(.invalidInput, error.serverMessage ?? error.message)
        } catch let error as DataMasqueError {
            throw CLIError.prefixed(error, "Failed to start the run")
        }
        terminal.success(announcement(id))
        guard let waiting else { return RunLaunch(id: id) }
        return RunLaunch(id: id, ended: try await terminal.waitForRun(id, client: client, schedule: waiting))
    }

    /// Prints `{"id": …}` in JSON mode for a run left in the background, else reports how it ended.
    ///
    /// - Throws: `ExitCode(1)` when the run failed or was cancelled.
    func report(in terminal: Terminal, json: Bool, context: String = "") throws {
        guard let ended else {
            if terminal.wantsJSON(json) { terminal.printJSON(.object([.init("id", .int(id))])) }
            return terminal.info("Follow it with `dm run wait \(id)` or `dm run logs \(id) --follow`.")
        }
        try terminal.reportEnd(of: ended.run, elapsed: ended.elapsed, json: json, context: context)
    }
}
