import Foundation

/// Whether output is meant for people or for a script or agent (agent mode).
///
/// Agent mode prints JSON where a command has a JSON form,
/// silences success and info lines,
/// and reports errors as a one-line JSON envelope.
enum OutputMode: Equatable {
    case human
    case agent

    /// The mode for `terminal`; the first rule that applies wins:
    /// `DM_OUTPUT=table` → human, `DM_OUTPUT=json` → agent,
    /// a non-empty `AI_AGENT` → agent, standard output not a terminal → agent, otherwise human.
    init(_ terminal: Terminal) {
        switch terminal.environment["DM_OUTPUT"]?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "table": self = .human
        case "json": self = .agent
        default:
            if terminal.variable("AI_AGENT") != nil || !terminal.standardOutput.isTerminal {
                self = .agent
            } else {
                self = .human
            }
        }
    }
}
