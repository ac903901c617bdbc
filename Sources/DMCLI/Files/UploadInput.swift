import DataMasque
import Foundation

/// A file to upload, given as a path or as `-` for standard input.
struct UploadInput {
    let path: String

    /// Whether the content comes from standard input.
    var isStandardInput: Bool { path == "-" }

    /// The file's base name, or `fallback` for standard input.
    func filename(orElse fallback: String) -> String {
        isStandardInput ? fallback : URL(fileURLWithPath: path).lastPathComponent
    }

    /// Rejects a path that does not exist while the arguments are parsed (a usage error); `-` always passes.
    static func requireExisting(_ path: String, option: String) throws {
        guard path != "-" else { return }
        try InputFile.requireExisting(path, option: option)
    }

    /// The content to send: the file, streamed, or standard input's text sent as `filename`.
    ///
    /// - Throws: ``CLIError`` `not_found` when the file has gone,
    ///   `invalid_input` when it is not a regular file or standard input is empty.
    func source(in terminal: Terminal, filename: String) throws -> UploadSource {
        guard isStandardInput else {
            try InputFile.requireRegularFile(path)
            return .file(URL(fileURLWithPath: path))
        }
        let text = terminal.readStandardInputText()
        guard !text.isEmpty else { throw CLIError(.invalidInput, "Standard input is empty; nothing to upload.") }
        return .data(Data(text.utf8), filename: filename)
    }
}
