import ArgumentParser
import DataMasque

extension DM.Discover.Libraries {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a discovery config library from a YAML file, or replace the one with the same name and namespace.",
            discussion: "The library is stored even if it is invalid; check it with `dm discover libraries status`.")

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
            let library = DiscoveryConfigLibrary(name: name, namespace: namespace.namespace, yaml: yaml)
            try await terminal.withClient(profile: profile.profile) { client in
                _ = try await CLIError.translating("Could not save discovery config library '\(library.qualifiedName)'") {
                    try await client.discoveryConfigLibraries.createOrUpdate(library)
                }
            }
            terminal.success("Saved discovery config library '\(library.qualifiedName)'.")
        }
    }
}
