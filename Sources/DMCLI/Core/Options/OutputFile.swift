import Foundation

/// A file named by `-o/--output`: written whole, replacing any file there, never creating directories.
struct OutputFile {
    let path: String

    /// Writes `data` to the path.
    ///
    /// - Throws: ``CLIError`` `invalid_input` naming the path when it cannot be written.
    func write(_ data: Data) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw CLIError(.invalidInput, "Could not write \(path): \(error.localizedDescription)")
        }
    }
}
