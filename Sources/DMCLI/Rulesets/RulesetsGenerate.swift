import ArgumentParser
import DataMasque
import Foundation

extension DM.Rulesets {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a ruleset from a JSON request naming a connection and the data to mask.",
            discussion: """
                A database request has `connection` and `selected_columns` ({schema: {table: [columns]}}), \
                optionally `hash_columns`; with --file-ruleset, `connection` and `selected_data`.
                """)

        @Option(name: .shortAndLong, help: "The JSON request file.")
        var file: String

        @Flag(help: "Generate a file ruleset from a file request.")
        var fileRuleset = false

        @Option(name: .shortAndLong, help: "Write the YAML to this file instead of standard output.")
        var output: String?

        @OptionGroup var profile: ProfileOption

        func validate() throws {
            try InputFile.requireExisting(file)
        }

        func run() async throws {
            let terminal = Terminal.current
            let (path, required) = fileRuleset
                ? ("/api/generate-file-ruleset/", ["connection", "selected_data"])
                : ("/api/generate-ruleset/v2/", ["connection", "selected_columns"])
            let yaml = try await terminal.withClient(profile: profile.profile) { client in
                let request = try InputFile(path: file).jsonObject()
                let missing = required.filter { request[$0] == nil || request[$0] == .null }
                guard missing.isEmpty else {
                    throw CLIError(
                        .invalidInput, "\(file) is not a valid generation request",
                        details: missing.map { "\($0): field required" })
                }
                return try await CLIError.translating("Could not generate a ruleset") {
                    try await client.send(.POST, path, body: try .json(JSONValue.object(request)), operation: "rulesets.generate")
                        .text
                }
            }
            guard let output else { return terminal.printData(yaml) }
            try OutputFile(path: output).write(Data(yaml.utf8))
            terminal.success("Saved the generated ruleset to \(output).")
        }
    }
}
