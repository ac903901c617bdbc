import ArgumentParser
import DataMasque

/// `--enabled/--disabled` and `--log-level`: the plan options `dm ifm create` and `update` send, only when given.
struct PlanOptionFlags: ParsableArguments {
    /// Whether the plan accepts mask requests, when a flag says.
    enum State: String, EnumerableFlag {
        case enabled
        case disabled

        static func help(for value: State) -> ArgumentHelp? {
            value == .enabled ? "Let the plan accept mask requests." : "Make the plan refuse mask requests."
        }
    }

    @Flag var state: State?

    @Option(name: .customLong("log-level"), help: "The plan's default log level.")
    var logLevel: LogLevelArgument?

    /// The options to send, or `nil` when no flag was given.
    var options: RulesetPlanOptions? {
        guard state != nil || logLevel != nil else { return nil }
        return RulesetPlanOptions(enabled: state.map { $0 == .enabled }, defaultLogLevel: logLevel?.level)
    }
}
