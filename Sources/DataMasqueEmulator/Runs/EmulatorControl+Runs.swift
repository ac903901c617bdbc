public import DataMasque

extension EmulatorControl {
    /// Moves the emulator clock forward by `duration`.
    ///
    /// Masking runs and deferred ruleset validation follow the emulator clock,
    /// which otherwise runs at wall-clock speed.
    public func advanceClock(by duration: Duration) async {
        await state.transact { $0.clock.advance(by: duration) }
    }

    /// Moves every masking run `steps` steps further,
    /// one step being ``EmulatorConfiguration/runStepDuration`` on the emulator clock.
    ///
    /// Runs walk `queued`, `validating`, one `running` step per table or file, then their outcome;
    /// a cancelled run is `cancelling` for one step, then `cancelled`.
    public func advanceRuns(steps: Int = 1) async {
        let duration = state.configuration.runStepDuration * max(0, steps)
        await state.transact { $0.clock.advance(by: duration) }
    }

    /// Starts `count` masking runs (up to 1,000,000) from one `POST /api/runs/` body at once,
    /// for example to fill the run list for a load test.
    ///
    /// Unlike `POST /api/runs/`, it allows several runs on one connection
    /// and does not refuse invalid rulesets.
    ///
    /// ```swift
    /// try await emulator.control.startRuns(["connection": .string(connectionID), "ruleset": .string(rulesetID)],
    ///                                       count: 10_000)
    /// await emulator.control.completeRuns()
    /// ```
    ///
    /// - Throws: ``EmulatorControlError`` when `count` is out of range
    ///   or the body names no existing connection and ruleset of the right type.
    public func startRuns(_ body: [String: JSONValue], count: Int) async throws {
        guard (0...1_000_000).contains(count) else {
            throw EmulatorControlError("The run count \(count) is not between 0 and 1,000,000.")
        }
        do {
            try await state.transact { try $0.startRuns(body, count: count) }
        } catch let error as APIError {
            let reason = (try? EmulatorJSON.encode(error.body)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            throw EmulatorControlError("The runs cannot start: \(reason)")
        }
    }

    /// Moves the emulator clock forward until every run (discovery runs included)
    /// and every asynchronous ruleset generation task has ended.
    public func completeRuns() async {
        await state.transact { $0.completeRuns() }
    }

    /// Scripts how run `id` ends, unless it is cancelled first.
    ///
    /// - Throws: ``EmulatorControlError`` when no run has `id` or it has already ended.
    public func setOutcome(_ outcome: RunOutcome, forRun id: Int) async throws {
        try await state.transact { state in
            guard let run = try? state.runs.run(id: id) else { throw EmulatorControlError("No run has id \(id).") }
            guard state.timeline(of: run).remainingSteps(at: state.clock.now) > 0 else {
                throw EmulatorControlError("Run \(id) has already ended.")
            }
            _ = try state.runs.update(id: id) { $0.outcome = outcome }
        }
    }

    /// The masking runs as `GET /api/runs/{id}/` returns them, oldest first.
    public var runs: [JSONValue] {
        get async {
            await state.transact { state in state.runs.all.map { state.timeline(of: $0).json(at: state.clock.now) } }
        }
    }
}
