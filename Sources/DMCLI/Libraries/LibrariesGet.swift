import ArgumentParser
import DataMasque

extension DM.Libraries {
    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Show a ruleset library.")

        @Argument(help: "The library's exact name.")
        var name: String

        @OptionGroup var namespace: NamespaceOption

        @Flag(help: "Print only the YAML.")
        var yaml = false

        @OptionGroup var output: JSONOption
        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let library = try await terminal.withClient(profile: profile.profile) { client in
                try await client.rulesetLibraries.require(name, namespace: namespace.namespace)
            }
            if yaml { return terminal.printData(library.yaml ?? "") }
            let fields: [OrderedJSON.Field] = [
                .init("id", .optional(library.id)), .init("namespace", .string(library.namespace)),
                .init("name", .string(library.name)), .init("valid", .string(library.metadata.statusText)),
                .init("created", .optional(library.created?.pythonISOFormat(separator: " "))),
                .init("modified", .optional(library.modified?.pythonISOFormat(separator: " "))),
            ]
            terminal.render(DetailOutput(title: "Library: \(name)", fields: fields), json: output.json)
        }
    }
}
