import ArgumentParser
import DataMasque
import Foundation

/// A text file named by `-f/--file`, read and checked as every `dm` input file is.
struct InputFile {
    let path: String

    /// Rejects a path that does not exist while the arguments are parsed (a usage error);
    /// as in the official CLI, a directory or a device passes, and reading it fails later with `invalid_input`.
    static func requireExisting(_ path: String, option: String = "--file") throws {
        guard PathKind(of: path) != .missing else {
            throw ValidationError("Invalid value for '\(option)': File '\(path)' does not exist.")
        }
    }

    /// Checks that `path` names a regular file that can be read, following symbolic links.
    ///
    /// - Throws: ``CLIError`` `not_found` when it does not exist,
    ///   `invalid_input` for a directory, a device, a FIFO or a socket.
    static func requireRegularFile(_ path: String) throws {
        switch PathKind(of: path) {
        case .missing: throw CLIError(.notFound, "File not found: \(path)")
        case .directory: throw CLIError(.invalidInput, "Could not read \(path): it is a directory.")
        case .other: throw CLIError(.invalidInput, "Could not read \(path): it is not a regular file.")
        case .regularFile: break
        }
    }

    /// The file's bytes.
    ///
    /// - Throws: ``CLIError`` `not_found` when it does not exist, `invalid_input` when it cannot be read.
    func data() throws -> Data {
        try Self.requireRegularFile(path)
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError(.invalidInput, "Could not read \(path): \(error.localizedDescription)")
        }
    }

    /// The file's text, which must be UTF-8 and not blank.
    ///
    /// - Throws: ``CLIError`` as ``data()`` does, and `invalid_input` for other encodings or blank content.
    func text() throws -> String {
        guard let text = String(data: try data(), encoding: .utf8) else {
            throw CLIError(.invalidInput, "\(path) is not valid UTF-8.", hint: "Save the file as UTF-8.")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CLIError(.invalidInput, "\(path) is empty.")
        }
        return text
    }

    /// The file's content as a JSON object.
    ///
    /// - Throws: ``CLIError`` as ``text()`` does, and `invalid_input` for malformed JSON or another JSON value.
    func jsonObject() throws -> [String: JSONValue] {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(try text().utf8))
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError(.invalidInput, "\(path) is not valid JSON.")
        }
        guard let object = value.objectValue else { throw CLIError(.invalidInput, "\(path) must hold a JSON object.") }
        return object
    }
}
