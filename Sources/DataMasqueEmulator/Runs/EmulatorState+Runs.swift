import DataMasque
import Foundation

extension EmulatorState {
    /// Where `run` stands on the emulator clock.
    func timeline(of run: StoredRun) -> RunTimeline {
        RunTimeline(run: run, stepDuration: configuration.runStepDuration)
    }

    /// Starts a masking run from a `POST /api/runs/` body.
    ///
    /// - Returns: The run object, `queued`.
    /// - Throws: ``APIError`` `400` with DataMasque's refusal bodies.
    func startRun(_ body: [String: JSONValue]) throws -> JSONValue {
        let request = try RunRequest(body, connections: connections, rulesets: rulesets)
        if let refusal = refusal(ruleset: request.ruleset) {
            throw APIError.fields(["ruleset": [refusal]])
        }
        try refuseSimultaneousRuns(on: [request.source.id, request.destination?.id].compactMap { $0 })
        let now = clock.now
        let run = makeRun(request, created: now)
        runs.add(run)
        return timeline(of: run).json(at: now)
    }

    /// Starts `count` masking runs from one `POST /api/runs/` body at once,
    /// without the one-run-per-connection rule and the ruleset checks.
    ///
    /// - Throws: ``APIError`` `400` when the body names no existing connection and ruleset of the right type.
    func startRuns(_ body: [String: JSONValue], count: Int) throws {
        let request = try RunRequest(body, connections: connections, rulesets: rulesets)
        let now = clock.now
        for _ in 0..<max(0, count) { runs.add(makeRun(request, created: now)) }
    }

    private func makeRun(_ request: RunRequest, created: Date) -> StoredRun {
        StoredRun(
            id: runs.nextID, name: request.name, maskType: request.maskType,
            source: request.source, destination: request.destination,
            ruleset: StoredRun.Endpoint(id: request.ruleset.id, name: request.ruleset.name),
            options: request.options, created: created,
            items: StoredRun.items(maskType: request.maskType, yaml: request.ruleset.yaml),
            outcome: RunOutcome(rulesetName: request.ruleset.name, runName: request.name))
    }

    /// Refuses a run on `connections` while one of them has an unfinished run.
    ///
    /// - Throws: ``APIError`` `400` `{"detail": "Simultaneous runs on the same connection are not allowed."}`.
    func refuseSimultaneousRuns(on connections: [String]) throws {
        let now = clock.now
        let busy = runs.all.contains { run in
            !timeline(of: run).status(at: now).isFinal && connections.contains(where: run.uses(connection:))
        }
        if busy { throw APIError.detail(.badRequest, "Simultaneous runs on the same connection are not allowed.") }
    }

    /// Asks run `id` to stop.
    ///
    /// - Returns: The run object, `cancelling`.
    /// - Throws: ``APIError`` `404` for an unknown run, `400` when it is not queued, validating or running.
    func cancelRun(id: String) throws -> JSONValue {
        let run = try runs.run(id: id)
        let now = clock.now
        let timeline = timeline(of: run)
        let status = timeline.status(at: now)
        guard [.queued, .validating, .running].contains(status) else {
            throw APIError.detail(.badRequest, "Run is already \(status.rawValue.replacingOccurrences(of: "_", with: " ")).")
        }
        let cancelled = try runs.update(id: run.id) { $0.cancelledAtStep = timeline.step(at: now) }
        return self.timeline(of: cancelled).json(at: now)
    }

    /// Moves the emulator clock on until every run and ruleset generation task has ended.
    func completeRuns() {
        let now = clock.now
        let steps = max(runs.all.map { timeline(of: $0).remainingSteps(at: now) }.max() ?? 0, remainingGenerationSteps())
        clock.advance(by: configuration.runStepDuration * steps)
    }

    /// Why DataMasque refuses to run `ruleset`, in the words the clients match; `nil` when it can run.
    private func refusal(ruleset: StoredConfig) -> String? {
        guard let issues = issues(of: ruleset, kind: .ruleset) else { return "Cannot start run on invalid ruleset." }
        if issues.contains(where: { $0.kind == .ruleset }) { return "Cannot start run on invalid ruleset." }
        if let invalid = issues.first(where: { $0.kind == .libraryInvalid }) {
            return "Cannot start run. Library \"\(invalid.library?.description ?? "")\" is invalid."
        }
        if !issues.isEmpty { return "Cannot start run because a library referenced from the ruleset is invalid." }
        return nil
    }
}
