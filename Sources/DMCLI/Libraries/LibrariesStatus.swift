import ArgumentParser
import DataMasque

extension DM.Libraries {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show whether a stored ruleset library is valid, with its validation errors.")

        @Argument(help: "The library's exact name.")
        var name: String

        @OptionGroup var namespace: NamespaceOption
        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let library = try await terminal.withClient(profile: profile.profile) { client in
                try await client.rulesetLibraries.require(name, namespace: namespace.namespace)
            }
            let fields: [OrderedJSON.Field] = [
                .init("namespace", .string(library.namespace)), .init("name", .string(library.name)),
                .init("status", .string(library.metadata.statusText)),
                .init("errors", library.validationErrors.statusField(json: terminal.wantsJSON(output.json))),
            ]
            terminal.render(DetailOutput(title: "Library: \(name)", fields: fields), json: output.json)
            if library.isValid == .inProgress { terminal.info("Validation is in progress; run this again shortly.") }
        }
    }
}
