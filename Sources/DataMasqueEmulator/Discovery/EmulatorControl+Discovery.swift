import DataMasque

extension EmulatorControl {
    /// Sets how many lines a database discovery report holds
    /// before `GET /api/runs/{id}/db-discovery-results/report/` answers a zip of CSV parts instead;
    /// values below 1 count as 1.
    public func setDiscoveryReportRowLimit(_ lines: Int) async {
        await state.transact { $0.discoveryReportRowLimit = max(1, lines) }
    }

    /// Scripts how the unfinished asynchronous ruleset generation task of connection `connectionID` ends,
    /// unless it is cancelled first.
    ///
    /// - Throws: ``EmulatorControlError`` when the connection has no task or its task has already ended.
    public func setGenerationOutcome(_ outcome: RunOutcome, forConnection connectionID: String) async throws {
        try await state.transact { state in
            guard var task = state.generations.task(connectionID: connectionID) else {
                throw EmulatorControlError("Connection \(connectionID) has no ruleset generation task.")
            }
            guard !task.status(at: state.clock.now, stepDuration: state.configuration.runStepDuration).isFinal else {
                throw EmulatorControlError("The ruleset generation task of connection \(connectionID) has already ended.")
            }
            task.outcome = outcome
            state.generations.put(task)
        }
    }
}
