import Foundation

/// A YAML file that a `validate` command checks on the server by storing it under a temporary name.
struct ValidationFile {
    /// The size from which DataMasque validates asynchronously, so a temporary copy has no verdict yet.
    static let asynchronousSize = 61_440

    /// The file's path as given.
    let path: String
    /// The file's text, read and checked as every input file is.
    let yaml: String

    /// Reads the file at `path`.
    ///
    /// - Throws: ``CLIError`` as ``InputFile/text()`` does.
    init(path: String) throws {
        self.path = path
        yaml = try InputFile(path: path).text()
    }

    /// The file's name without its directories, as messages name it.
    var fileName: String {
        URL(fileURLWithPath: path).lastPathComponent
    }

    /// A fresh name for the temporary copy: `__dm_cli_validate_` and 32 hex digits.
    static func temporaryName() -> String {
        "__dm_cli_validate_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// Refuses a file that DataMasque would validate asynchronously, before any request.
    ///
    /// - Parameters:
    ///   - noun: What the file holds, such as `rulesets`.
    ///   - create: The command that stores it for good.
    ///   - status: The command that reports the verdict later.
    /// - Throws: ``CLIError`` `invalid_input` giving the size, with a hint naming both commands.
    func requireSynchronous(noun: String, create: String, status: String) throws {
        let size = yaml.utf8.count
        guard size >= Self.asynchronousSize else { return }
        throw CLIError(
            .invalidInput,
            "\(path) is \(size / 1024) KiB; \(noun) of 60 KiB or more are validated asynchronously.",
            hint: "Run `\(create)`, then check it with `\(status)`.")
    }
}
