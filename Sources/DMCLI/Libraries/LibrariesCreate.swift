import ArgumentParser

extension DM.Libraries {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
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
            try await terminal.withClient(profile: profile.profile) { client in
                let requests = LibraryRequests(client: client)
                let existing = try await requests.find(name, namespace: namespace)
                _ = try await CLIError.translating("Could not save library '\(LibraryRecord.label(name: name, namespace: namespace))'") {
                    try await requests.save(name: name, namespace: namespace, yaml: yaml, existing: existing?.id)
                }
            }
            terminal.success("Saved library \(name).")
        }
    }
}
