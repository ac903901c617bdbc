import ArgumentParser
import DataMasque

extension DM.Libraries {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a ruleset library from a YAML file, or replace the one with the same name and namespace.",
            discussion: "The library is stored even if it is invalid; check it with `dm libraries status`.")

        @Option(help: "The library's name.")
        var name: String

        @Option(name: .shortAndLong, help: "The YAML file.")
        var file: String

        @OptionGroup var namespace: NamespaceOption
        @OptionGroup var profile: ProfileOption

        func validate() throws {
            try InputFile.requireExisting(file)
        }

        func run() async throws {
            let terminal = Terminal.current
            let yaml = try InputFile(path: file).text()
            let namespace = namespace.namespace
            let library = RulesetLibrary(name: name, namespace: namespace, yaml: yaml)
            try await terminal.withClient(profile: profile.profile) { client in
                _ = try await CLIError.translating("Could not save library '\(library.qualifiedName)'") {
                    try await client.rulesetLibraries.createOrUpdate(library)
                }
            }
            terminal.success("Saved library \(name).")
        }
    }
}
