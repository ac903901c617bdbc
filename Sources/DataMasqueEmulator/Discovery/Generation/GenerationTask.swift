import DataMasque
import Foundation

/// An asynchronous ruleset generation task of one connection.
///
/// It moves one step per ``EmulatorConfiguration/runStepDuration`` on the emulator clock:
/// step 0 is `queued`, step 1 `running`, and step 2 ends it with its ``RunOutcome``,
/// or `failed` when it has a ``failure``.
/// A cancel makes it `cancelled` at once.
struct GenerationTask {
    /// What a successful task produced.
    enum Product {
        /// One ruleset, from a column or file selection; shown in the status as `generated_ruleset`.
        case ruleset(String)
        /// Named rulesets, from a CSV; downloaded as a zip.
        case rulesets([(name: String, yaml: String)])
    }

    let connectionID: String
    let rgConfigID: String?
    let created: Date
    let product: Product
    var outcome: RunOutcome
    /// Why the task fails, decided when it starts.
    let failure: String?
    var cancelled: Date?

    /// The step reached at `now`.
    func step(at now: Date, stepDuration: Duration) -> Int {
        let elapsed = now.timeIntervalSince(created)
        guard stepDuration > .zero else { return elapsed >= 0 ? 2 : 0 }
        return Int(min(max(0, elapsed / stepDuration.timeInterval), 2).rounded(.down))
    }

    /// The status at `now`.
    func status(at now: Date, stepDuration: Duration) -> AsyncRulesetGenerationTaskStatus {
        if let cancelled, cancelled <= now { return .cancelled }
        switch step(at: now, stepDuration: stepDuration) {
        case 0: return .queued
        case 1: return .running
        default:
            if failure != nil { return .failed }
            return outcome == .failed ? .failed : outcome == .finishedWithWarnings ? .finishedWithWarnings : .finished
        }
    }

    /// The status object `GET /api/async-generate-ruleset/{connection_id}/` returns.
    func json(at now: Date, stepDuration: Duration) -> JSONValue {
        let status = status(at: now, stepDuration: stepDuration)
        var generated = JSONValue.null
        if case .ruleset(let yaml) = product, status == .finished || status == .finishedWithWarnings {
            generated = .string(yaml)
        }
        let message: JSONValue =
            switch status {
            case .failed: .string(failure ?? "Ruleset generation failed: emulated failure.")
            case .finishedWithWarnings: "Ruleset generation finished with an emulated warning."
            default: .null
            }
        return [
            "connection": .string(connectionID), "status": .string(status.rawValue), "generated_ruleset": generated,
            "rg_config": rgConfigID.map(JSONValue.string) ?? .null, "created": .string(created.timestamp),
            "message": message,
        ]
    }
}

/// The asynchronous ruleset generation tasks, one per connection id.
struct GenerationTaskStore {
    private(set) var tasks: [String: GenerationTask] = [:]

    func task(connectionID: String) -> GenerationTask? {
        tasks[connectionID]
    }

    mutating func put(_ task: GenerationTask) {
        tasks[task.connectionID] = task
    }
}
