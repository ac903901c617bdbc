import DataMasque

/// A masking run just started, and how it ended when `dm` waited for it.
struct RunLaunch: Sendable {
    var id: Int
    var ended: (run: RunRecord, elapsed: Duration)?

    /// Starts a run from `body`, announces it with `announcement(id)`, then waits with `waiter` unless it is `nil`.
    static func start(
        _ body: JSONValue,
        client: DataMasqueClient,
        terminal: Terminal,
        waiter: RunWaiter?,
        announcement: (Int) -> String
    ) async throws -> RunLaunch {
        let id = try await RunRequests(client: client).start(body)
        terminal.success(announcement(id))
        guard let waiter else { return RunLaunch(id: id) }
        return RunLaunch(id: id, ended: try await waiter.wait(for: id))
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
