import ArgumentParser
import DataMasque

extension Terminal {
    /// Reports how a waited-for run ended: the run object in JSON mode, then a summary line.
    ///
    /// - Parameter context: Added to the summary, such as `(ruleset: x, connection: y)`.
    /// - Throws: `ExitCode(1)` after a plain `Error:` line when the run failed or was cancelled.
    func reportEnd(of run: RunInfo, elapsed: Duration, json: Bool, context: String = "") throws {
        if wantsJSON(json) { printJSON(run.detail.json) }
        let summary = "Run \(run.id) \(run.status.rawValue) after \(ElapsedTime.text(elapsed))\(context)."
        guard run.status.isSuccessful else {
            printMessage(styled("Error:", .red, on: standardError) + " " + summary)
            printMessage(styled("Hint: See what happened with `dm run logs \(run.id)`.", .dim, on: standardError))
            throw ExitCode(1)
        }
        success(summary)
    }
}
