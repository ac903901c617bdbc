import ArgumentParser
import Logging

/// The options every `dm` command takes, before or after the command's name:
/// `--request-timeout` and `--verbose`.
///
/// ``ClientSettings`` resolves them, with their environment variables as fallbacks.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("request-timeout"), parsing: .unconditional,
        help: ArgumentHelp(
            "Seconds each request to DataMasque may take (default 60; env DATAMASQUE_REQUEST_TIMEOUT).",
            valueName: "seconds"),
        transform: { try ClientSettings.requestTimeout($0, from: "--request-timeout") })
    var requestTimeout: Duration?

    @Flag(
        name: .customLong("verbose"),
        help: "Log each request on standard error, secrets redacted (env DATAMASQUE_LOG_LEVEL sets the level).")
    var verbose = false

    /// Reads the global options out of a whole command line, ignoring everything else on it.
    struct Probe: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "probe", helpNames: [])

        @OptionGroup var options: GlobalOptions

        @Argument(parsing: .allUnrecognized)
        var others: [String] = []
    }
}
