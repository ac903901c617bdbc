import ArgumentParser
import DataMasque
import Foundation

extension DM.Rulesets {
    struct ImportBundle: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-bundle",
            abstract: "Load rulesets, ruleset libraries and seed files from a zip bundle.",
            discussion: "Items that already exist are skipped unless the matching --overwrite flag is given.")

        @Option(name: .shortAndLong, help: "The zip bundle.")
        var file: String

        @Flag(help: "Replace rulesets that already exist.")
        var overwriteRulesets = false

        @Flag(help: "Replace ruleset libraries that already exist.")
        var overwriteLibraries = false

        @Flag(help: "Replace seed files that already exist.")
        var overwriteSeeds = false

        @OptionGroup var profile: ProfileOption

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        func validate() throws {
            try InputFile.requireExisting(file)
        }

        func run() async throws {
            let terminal = Terminal.current
            try InputFile.requireRegularFile(file)
            try terminal.confirm("Import the bundle \(file) into the server?", yes: yes)
            let overwrites: RulesetBundleOverwrites = [
                overwriteRulesets ? .rulesets : [], overwriteLibraries ? .libraries : [], overwriteSeeds ? .seedFiles : [],
            ]
            let bundle = UploadSource.file(URL(fileURLWithPath: file))
            let summary = try await terminal.withClient(profile: profile.profile) { client in
                try await CLIError.translating("Could not import the bundle", notFound: ExportBundle.unsupported) {
                    try await client.rulesets.importBundle(bundle, overwriting: overwrites)
                }
            }
            terminal.success("Imported the bundle \(file).")
            guard let summary, case .object(let fields) = OrderedJSON(summary) else { return }
            terminal.render(DetailOutput(title: "Import summary", fields: fields), json: false)
        }
    }
}
