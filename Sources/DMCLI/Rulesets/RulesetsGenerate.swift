import ArgumentParser
import DataMasque
import Foundation

extension DM.Rulesets {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a ruleset from a JSON request naming a connection and the data to mask.",
            discussion: """
                A database request has `connection` and `selected_columns` ({schema: {table: [columns]}}), \
                optionally `hash_columns`; with --file-ruleset, `connection` and `selected_data` \
                ([{files: [paths], locators: [columns or JSON paths]}]).
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
            let (file, fileRuleset) = (file, fileRuleset)
            let yaml = try await terminal.withClient(profile: profile.profile) { client in
                let json = try JSONEncoder().encode(JSONValue.object(try InputFile(path: file).jsonObject()))
                return try await CLIError.translating("Could not generate a ruleset") { () async throws -> String in
                    let generation = client.rulesetGeneration
                    do {
                        if fileRuleset { return try await generation.generate(try FileRulesetGenerationRequest(json: json)) }
                        return try await generation.generate(try RulesetGenerationRequest(json: json))
                    } catch let error as DataMasqueError where error.code == .configuration {
                        throw CLIError(.invalidInput, "\(file) is not a valid generation request", details: [error.message])
                    }
                }
            }
            guard let output else { return terminal.printData(yaml) }
            try OutputFile(path: output).write(Data(yaml.utf8))
            terminal.success("Saved the generated ruleset to \(output).")
        }
    }
}
