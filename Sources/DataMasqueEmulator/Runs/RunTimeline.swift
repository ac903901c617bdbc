import DataMasque
import Foundation

/// Where a masking run stands at a moment of the emulator clock.
///
/// A run moves one step per ``EmulatorConfiguration/runStepDuration``:
/// step 0 is `queued`, step 1 `validating`, then `running` masks one table or file per step,
/// and the step of the last one ends the run with its ``RunOutcome``.
/// A cancel makes the run `cancelling` for the rest of the current step and `cancelled` at the next.
struct RunTimeline {
    /// One line of the run log, due at `step`.
    struct Entry {
        var step: Int
        var level: Int
        var message: String
    }

    let run: StoredRun
    let stepDuration: Duration

    /// The step the run has reached at `now`.
    func step(at now: Date) -> Int {
        let elapsed = now.timeIntervalSince(run.created)
        guard stepDuration > .zero else { return elapsed >= 0 ? finalStep : 0 }
        return Int(min(max(0, elapsed / stepDuration.timeInterval), 1e9).rounded(.down))
    }

    /// The step at which the run reaches its terminal status.
    var finalStep: Int {
        run.cancelledAtStep.map { $0 + 1 } ?? 2 + run.items.count
    }

    /// The status at `now`.
    func status(at now: Date) -> MaskingRunStatus {
        let step = step(at: now)
        if let cancelled = run.cancelledAtStep, step >= cancelled {
            return step == cancelled ? .cancelling : .cancelled
        }
        return switch step {
        case 0: .queued
        case 1: .validating
        case ..<finalStep: .running
        default: run.outcome.status
        }
    }

    /// How many steps the run needs from `now` to end.
    func remainingSteps(at now: Date) -> Int {
        max(0, finalStep - step(at: now))
    }

    /// The run object as DataMasque returns it.
    func json(at now: Date) -> JSONValue {
        let step = step(at: now)
        let leftQueue = step >= 1 && (run.cancelledAtStep ?? 1) >= 1
        return [
            "id": .int(run.id), "name": run.name.map(JSONValue.string) ?? .null,
            "status": .string(status(at: now).rawValue), "mask_type": .string(run.maskType.rawValue),
            "source_connection": .string(run.source.id), "source_connection_name": .string(run.source.name),
            "destination_connection": run.destination.map { .string($0.id) } ?? .null,
            "destination_connection_name": .string(run.destination?.name ?? ""),
            "ruleset": run.purpose == .masking ? .string(run.ruleset.id) : .null,
            "ruleset_name": .string(run.ruleset.name),
            "created_time": .string(run.created.timestamp),
            "start_time": leftQueue ? .string(date(ofStep: 1).timestamp) : .null,
            "end_time": step >= finalStep ? .string(date(ofStep: finalStep).timestamp) : .null,
            "options": .object(run.options),
            "has_sdd_report": .bool(run.purpose == .schemaDiscovery && status(at: now).isSuccessful),
        ]
    }

    /// The log entries written by `now`, oldest first.
    func log(at now: Date) -> JSONValue {
        let step = step(at: now)
        return .array(
            entries.filter { $0.step <= step }.map {
                [
                    "timestamp": .string(date(ofStep: $0.step).timestamp), "log_level": .int($0.level),
                    "message": .string($0.message),
                ]
            })
    }

    /// The run report CSV of a file run that has ended; `nil` otherwise.
    func report(at now: Date) -> String? {
        guard run.isFileRun, step(at: now) >= finalStep else { return nil }
        let masked = run.items.indices.filter {
            maskedStep(ofItem: $0) != nil && 3 + $0 <= run.cancelledAtStep ?? finalStep
        }
        let rows = masked.map { index in
            let path = run.items[index]
            let type = path.split(separator: ".").last.map(String.init) ?? ""
            return "\(path),\(Self.amount(ofItem: index) * 4),\(type),"
        }
        return (["path,file_size,file_type,skip_reason"] + rows + ["README.md,512,md,No matching rule"])
            .joined(separator: "\n") + "\n"
    }

    private var entries: [Entry] {
        let noun = run.isFileRun || run.purpose == .fileDataDiscovery ? "file" : "table"
        let activity =
            switch run.purpose {
            case .masking: "Masking run"
            case .schemaDiscovery: "Schema discovery"
            case .fileDataDiscovery: "File data discovery"
            }
        let (preparing, start, done, failing, warning): (String, String, String, String, String) =
            switch run.purpose {
            case .masking:
                (
                    "Validating ruleset \"\(run.ruleset.name)\".",
                    run.destination.map { "Masking started from \"\(run.source.name)\" to \"\($0.name)\"." }
                        ?? "Masking started on connection \"\(run.source.name)\".",
                    "Masked", "Failed to mask", "were left unmasked"
                )
            case .schemaDiscovery, .fileDataDiscovery:
                (
                    "Preparing \(activity.lowercased()).", "\(activity) started on connection \"\(run.source.name)\".",
                    "Scanned", "Failed to scan", "could not be sampled"
                )
            }
        var entries = [
            Entry(step: 0, level: 20, message: "Run queued."),
            Entry(step: 1, level: 20, message: preparing),
            Entry(step: 2, level: 20, message: start),
        ]
        for (index, item) in run.items.enumerated() {
            entries.append(
                maskedStep(ofItem: index).map {
                    let amount = "\(Self.amount(ofItem: index)) \(noun == "file" ? "records" : "rows")"
                    return Entry(step: $0, level: 20, message: "\(done) \(noun) \(item) (\(amount)).")
                } ?? Entry(step: 3 + index, level: 40, message: "\(failing) \(noun) \(item): emulated failure."))
        }
        let end = 2 + run.items.count
        switch run.outcome {
        case .finished:
            entries.append(Entry(step: end, level: 20, message: "\(activity) finished."))
        case .finishedWithWarnings:
            entries.append(Entry(step: end, level: 30, message: "Some values in \(noun) \(run.items[0]) \(warning)."))
            entries.append(Entry(step: end, level: 20, message: "\(activity) finished with warnings."))
        case .failed:
            entries.append(Entry(step: end, level: 40, message: "\(activity) failed."))
        }
        guard let cancelled = run.cancelledAtStep else { return entries }
        return entries.filter { $0.step <= cancelled } + [
            Entry(step: cancelled, level: 30, message: "Cancellation requested."),
            Entry(step: cancelled + 1, level: 20, message: "\(activity) cancelled."),
        ]
    }

    /// The step at which item `index` is masked; `nil` for the item a failing run fails on.
    private func maskedStep(ofItem index: Int) -> Int? {
        run.outcome == .failed && index == run.items.count - 1 ? nil : 3 + index
    }

    /// The rows or records of item `index`.
    private static func amount(ofItem index: Int) -> Int {
        250 * (index + 1)
    }

    private func date(ofStep step: Int) -> Date {
        run.created.addingTimeInterval(Double(step) * stepDuration.timeInterval)
    }
}
