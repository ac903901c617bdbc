import ArgumentParser
import DataMasque

extension DM.Discover.Libraries {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show whether a stored discovery config library is valid, with its validation error.")

        @Argument(help: "The library's exact name.")
        var name: String

        @OptionGroup var namespace: NamespaceOption
        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let library = try await terminal.withClient(profile: profile.profile) { client in
                try await client.discoveryConfigLibraries.require(name, namespace: namespace.namespace)
            }
            let fields: [OrderedJSON.Field] = [
                .init("namespace", .string(library.namespace)), .init("name", .string(library.name)),
                .init("status", .string(library.isValid.statusText)),
                .init("validation_error", .optional(library.validationError)),
            ]
            terminal.render(
                DetailOutput(title: "Discovery Config Library: \(library.name)", fields: fields), json: output.json)
        }
    }
}
