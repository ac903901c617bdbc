/// Everything one `dm` invocation reads from and writes to:
/// environment variables, the three standard streams and the secrets to keep out of them.
///
/// Commands find it in ``current``,
/// so tests run commands in-process with their own environment and captured streams.
package struct Terminal: Sendable {
    /// The terminal of the running command; the process's own outside ``DM/run(_:in:)``.
    @TaskLocal public static var current = Terminal.process

    /// The environment variables, such as `DATAMASQUE_URL`.
    package var environment: [String: String]
    /// Where data goes: tables, JSON and text.
    package var standardOutput: TextOutput
    /// Where messages, prompts and errors go.
    package var standardError: TextOutput
    /// Where answers to prompts come from.
    package var standardInput: TextInput
    /// Secrets replaced by `<redacted>` in everything printed, such as the SPCS PAT.
    package let secrets = SecretScrubber()
    /// The request timeout and log level of the clients commands make, from the global options.
    var clientSettings = ClientSettings()

    /// Creates a terminal from its parts.
    package init(
        environment: [String: String],
        standardOutput: TextOutput,
        standardError: TextOutput,
        standardInput: TextInput
    ) {
        self.environment = environment
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.standardInput = standardInput
    }

    /// The value of an environment variable, or `nil` when it is unset or empty.
    func variable(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// Writes `text` and a newline to standard output, secrets redacted.
    func printData(_ text: String) {
        standardOutput.write(secrets.scrub(text) + "\n")
    }

    /// Writes `text` and a newline to standard error, secrets redacted.
    func printMessage(_ text: String) {
        standardError.write(secrets.scrub(text) + "\n")
    }
}
