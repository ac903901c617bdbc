import DataMasque

/// How an emulated masking run ends when nobody cancels it.
///
/// A run ends `finished` unless its ruleset's name or its own name ends in `_warn` or `_fail`,
/// or a test scripts it with ``EmulatorControl/setOutcome(_:forRun:)``.
public enum RunOutcome: String, Sendable, Hashable, CaseIterable {
    /// Success: status `finished`.
    case finished
    /// Success with a warning in the log: status `finished_with_warnings`.
    case finishedWithWarnings = "finished_with_warnings"
    /// An error on the last table or file: status `failed`.
    case failed

    /// The status a run with this outcome ends in.
    var status: MaskingRunStatus {
        MaskingRunStatus(rawValue: rawValue)
    }

    /// The outcome a run gets from its names, by the `_warn` and `_fail` suffixes.
    init(rulesetName: String, runName: String?) {
        let names = [rulesetName, runName ?? ""]
        if names.contains(where: { $0.hasSuffix("_fail") }) {
            self = .failed
        } else if names.contains(where: { $0.hasSuffix("_warn") }) {
            self = .finishedWithWarnings
        } else {
            self = .finished
        }
    }
}
