import ArgumentParser
import DataMasque
import Foundation

extension DM.IFM {
    struct Mask: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mask",
            abstract: "Mask a JSON array of records with an IFM ruleset plan.",
            discussion: """
                Prints the masked records as a JSON array, or one record per line with --no-json. \
                Read the records from standard input with -d -, as in `cat records.json | dm ifm mask plan -d -`.
                """)

        @Argument(help: "The plan's name.")
        var name: String

        @Option(name: .shortAndLong, help: "A JSON file holding an array of records, or - for standard input.")
        var data: String

        @Flag(help: "Leave the instance's secret out of deterministic masks for this request.")
        var disableInstanceSecret = false

        @Option(help: "The secret that seeds deterministic masks for this request.")
        var runSecret: String?

        @Option(name: .customLong("log-level"), help: "The log level for this request, instead of the plan's.")
        var logLevel: LogLevelArgument?

        @Option(name: .customLong("request-id"), help: "An identifier for the request, echoed by the service.")
        var requestID: String?

        @Flag(inversion: .prefixedNo, help: "Print the masked records as a JSON array, or one per line.")
        var json = true

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            terminal.secrets.add(runSecret)
            let records = try loadRecords(in: terminal)
            let options = IFMMaskOptions(
                disableInstanceSecret: disableInstanceSecret ? true : nil, runSecret: runSecret, logLevel: logLevel?.level,
                requestID: requestID)
            let result = try await terminal.withIFMClient(profile: profile.profile) { client in
                try await CLIError.translating("Mask request failed") {
                    try await client.mask(plan: name, records: records, options: options)
                }
            }
            guard result.success else {
                let error = terminal.styled("Error:", .red, on: terminal.standardError)
                terminal.printMessage("\(error) Mask failed.")
                for entry in result.logs {
                    terminal.printMessage("\(error)   [\(entry.logLevel)] \(entry.timestamp) \(entry.message)")
                }
                throw ExitCode(1)
            }
            if json { return terminal.printJSON(.array(result.records.map(OrderedJSON.init))) }
            for record in result.records { terminal.printData(OrderedJSON(record).rendered(pretty: false)) }
        }

        /// The records of `--data`: standard input for `-`, else the file, which must hold a JSON array.
        ///
        /// - Throws: ``CLIError`` `invalid_input` for malformed JSON or another JSON value,
        ///   and the file's errors as ``InputFile/text()`` reports them.
        private func loadRecords(in terminal: Terminal) throws -> [JSONValue] {
            let text = data == "-" ? terminal.readStandardInputText() : try InputFile(path: data).text()
            let value: JSONValue
            do {
                value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
            } catch {
                throw CLIError(.invalidInput, "Failed to parse mask input as JSON: \(Self.reason(for: error))")
            }
            guard let records = value.arrayValue else {
                throw CLIError(.invalidInput, "Mask input must be a JSON list (array) of records.")
            }
            return records
        }

        /// What the JSON parser said was wrong.
        private static func reason(for error: any Error) -> String {
            guard case DecodingError.dataCorrupted(let context) = error else { return "\(error)" }
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
    }
}
