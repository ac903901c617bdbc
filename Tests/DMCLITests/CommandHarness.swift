import DMCLI
import Foundation

/// What one in-process `dm` invocation printed and returned.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Collects written text; `@unchecked Sendable` because `text` is only touched under `lock`.
final class TextBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = ""

    func append(_ text: String) { lock.withLock { collected += text } }
    var text: String { lock.withLock { collected } }
}

/// Gives out scripted lines of input; `@unchecked Sendable` because `lines` is only touched under `lock`.
final class ScriptedInput: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String]

    init(_ lines: [String]) { self.lines = lines }

    func next() -> String? {
        lock.withLock { lines.isEmpty ? nil : lines.removeFirst() }
    }
}

/// A scratch directory with a config file path for one test, and a way to run `dm` in-process.
///
/// The directory is deleted with the harness.
final class CommandHarness: Sendable {
    let directory: URL
    /// Variables every run gets: human mode, 80 columns and the scratch config file.
    let environment: [String: String]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dmcli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        environment = ["DM_OUTPUT": "table", "COLUMNS": "80", "DM_CONFIG_FILE": directory.path + "/cli/config.toml"]
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    var configPath: String { environment["DM_CONFIG_FILE"]! }

    /// Runs `dm arguments` with the harness environment plus `extra`, answering prompts from `input`.
    ///
    /// - Parameter stderr: Collects standard error as it is written, for a test to watch while `dm` runs.
    func run(
        _ arguments: [String],
        environment extra: [String: String] = [:],
        input: [String] = [],
        outputIsTerminal: Bool = false,
        stderr: TextBuffer = TextBuffer()
    ) async -> CommandResult {
        let (stdout, lines) = (TextBuffer(), ScriptedInput(input))
        let terminal = Terminal(
            environment: environment.merging(extra) { $1 },
            standardOutput: TextOutput(isTerminal: outputIsTerminal) { stdout.append($0) },
            standardError: TextOutput { stderr.append($0) },
            standardInput: TextInput { _ in lines.next() }
        )
        let status = await DM.run(arguments, in: terminal)
        return CommandResult(status: status, stdout: stdout.text, stderr: stderr.text)
    }

    func run(_ arguments: String..., environment extra: [String: String] = [:], input: [String] = []) async
        -> CommandResult
    {
        await run(arguments, environment: extra, input: input)
    }

    /// Writes `text` as the config file.
    func writeConfig(_ text: String) throws {
        let url = URL(fileURLWithPath: configPath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    /// The config file's text, or `nil` when there is none.
    func configText() -> String? {
        try? String(contentsOfFile: configPath, encoding: .utf8)
    }
}
