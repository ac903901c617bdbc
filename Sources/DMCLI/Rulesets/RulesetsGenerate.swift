import ArgumentParser
import DataMasque
import Foundation

extension DM.Rulesets {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Generate a ruleset from a JSON request naming a connection and the data to mask.",
            discussion: """
                A database request has `connection` and `selected_columns` ({schema: {table: [columns]}}), \
                optionally `hash_columns`; with --file-ruleset, `connection` and `selected_data` \
                ([{files: [paths], locators: [columns or JSON paths]}]).
                With --async the server generates in the background while dm waits, showing the task's status. \
                With --from-csv, a database discovery report (CSV with a `selected` column, or a zip of CSV parts) \
                is the request; a large one may give several rulesets, which -o saves into a directory as <name>.yml.
                """)

        @Option(name: .shortAndLong, help: "The JSON request file.")
        var file: String?

        @Flag(help: "Generate a file ruleset from a file request.")
        var fileRuleset = false

        @Option(
            name: .shortAndLong,
            help: "Write the YAML to this file instead of standard output; with --from-csv, into this directory.")
        var output: String?

        @Option(help: "Use this saved ruleset generation config (name or id) instead of the server's default.")
        var rgConfig: String?

        @Flag(name: .customLong("async"), help: "Generate in the background and wait for the result.")
        var background = false

        @Option(help: "Generate in the background from this discovery report (CSV or zip); needs --connection.")
        var fromCsv: String?

        @Option(help: "With --from-csv: the database connection (name or id) the report describes.")
        var connection: String?

        @Option(help: "With --from-csv: the size in bytes each generated ruleset should stay under.")
        var targetSize: Int?

        @OptionGroup var schedule: RunWaitOptions
        @OptionGroup var profile: ProfileOption

        func validate() throws {
            switch (file, fromCsv) {
            case (let file?, nil):
                try InputFile.requireExisting(file)
                guard connection == nil, targetSize == nil else {
                    throw ValidationError("--connection and --target-size go with --from-csv.")
                }
            case (nil, let csv?):
                try InputFile.requireExisting(csv, option: "--from-csv")
                guard connection != nil else { throw ValidationError("--from-csv needs --connection.") }
                guard !fileRuleset else { throw ValidationError("--from-csv generates database rulesets; drop --file-ruleset.") }
                if let targetSize, targetSize < 1 { throw ValidationError("--target-size must be at least 1, not \(targetSize).") }
            case (nil, nil):
                throw ValidationError("Missing option '--file' (or '--from-csv').")
            case (.some, .some):
                throw ValidationError("Pass either --file or --from-csv, not both.")
            }
        }

        func run() async throws {
            let terminal = Terminal.current
            let rulesets = try await terminal.withClient(profile: profile.profile) { client in
                var rgConfigID: String?
                if let rgConfig { rgConfigID = try await Self.resolveRGConfig(rgConfig, client: client) }
                return try await CLIError.translating("Could not generate a ruleset") { () async throws -> [Ruleset] in
                    do {
                        return try await generate(client: client, rgConfigID: rgConfigID, terminal: terminal)
                    } catch let error as DataMasqueError where error.code == .configuration {
                        throw CLIError(
                            .invalidInput, "\(file ?? fromCsv ?? "") is not a valid generation request", details: [error.message])
                    } catch let error as DataMasqueError where error.code == .rgConfigNotFound {
                        throw CLIError(.notFound, "Ruleset generation config '\(rgConfig ?? "")' not found.")
                    }
                }
            }
            try write(rulesets, terminal: terminal)
        }

        private func generate(client: DataMasqueClient, rgConfigID: String?, terminal: Terminal) async throws -> [Ruleset] {
            let generation = client.rulesetGeneration
            if let fromCsv, let connection {
                let (_, connectionID) = try await DM.Connections.resolve(connection, in: client)
                try await generation.startAsync(
                    connectionID: connectionID, csv: .file(URL(fileURLWithPath: fromCsv)), targetSizeBytes: targetSize,
                    rgConfigID: rgConfigID)
                return try await terminal.waitForGeneratedRulesets(connectionID, client: client, schedule: schedule.schedule)
            }
            let json = try JSONEncoder().encode(JSONValue.object(try InputFile(path: file ?? "").jsonObject()))
            let task: (connectionID: String, selection: GenerationSelection)
            if fileRuleset {
                let request = try FileRulesetGenerationRequest(json: json)
                if !background { return [Self.named(try await generation.generate(request, rgConfigID: rgConfigID))] }
                task = (request.connectionID, .files(request.selections))
            } else {
                let request = try RulesetGenerationRequest(json: json)
                if !background { return [Self.named(try await generation.generate(request, rgConfigID: rgConfigID))] }
                task = (request.connectionID, .columns(request.selection))
            }
            try await generation.startAsync(connectionID: task.connectionID, selection: task.selection, rgConfigID: rgConfigID)
            return try await terminal.waitForGeneratedRulesets(task.connectionID, client: client, schedule: schedule.schedule)
        }

        /// A synchronously generated ruleset, named as the server names a background one.
        private static func named(_ yaml: String) -> Ruleset {
            Ruleset(name: "generated_ruleset", yaml: yaml)
        }

        private func write(_ rulesets: [Ruleset], terminal: Terminal) throws {
            if rulesets.count == 1, output == nil || fromCsv == nil {
                let yaml = rulesets[0].yaml
                guard let output else { return terminal.printData(yaml) }
                try OutputFile(path: output).write(Data(yaml.utf8))
                return terminal.success("Generated ruleset written to \(output)")
            }
            guard let output else {
                throw CLIError(
                    .invalidInput, "The report gave \(rulesets.count) rulesets, which can't all be written to stdout.",
                    hint: "Re-run with -o <directory>.")
            }
            let directory = URL(fileURLWithPath: output, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw CLIError(.invalidInput, "Could not create directory \(output): \(error.localizedDescription)")
            }
            for ruleset in rulesets {
                try OutputFile(path: directory.appendingPathComponent(ruleset.name + ".yml").path).write(Data(ruleset.yaml.utf8))
            }
            terminal.success("\(rulesets.count) generated ruleset\(rulesets.count == 1 ? "" : "s") written to \(output)")
        }
    }
}
