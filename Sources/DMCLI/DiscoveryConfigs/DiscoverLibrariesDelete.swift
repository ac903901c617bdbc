import ArgumentParser
import DataMasque

extension DM.Discover.Libraries {
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a discovery config library.",
            discussion: "While discovery configs import it, only with --force, which leaves them invalid.")

        @Argument(help: "The library's exact name.")
        var name: String

        @OptionGroup var namespace: NamespaceOption

        @Flag(help: "Delete it even while discovery configs import it.")
        var force = false

        @OptionGroup var profile: ProfileOption

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        func run() async throws {
            let terminal = Terminal.current
            let label = namespace.label(name)
            try await terminal.withClient(profile: profile.profile) { client in
                let library = try await client.discoveryConfigLibraries.require(name, namespace: namespace.namespace)
                try terminal.confirm("Delete discovery config library '\(label)'?", yes: yes)
                do {
                    try await client.discoveryConfigLibraries.deleteIfExists(id: library.id ?? "", force: force)
                } catch let error as DataMasqueError where error.status == 409 {
                    throw CLIError(
                        .conflict, error.serverMessage ?? "Discovery config library '\(label)' is still imported.",
                        hint: "Run again with --force to delete it anyway; the configs importing it become invalid.")
                } catch let error as DataMasqueError {
                    throw CLIError.prefixed(error, "Failed to delete discovery config library '\(label)'")
                }
            }
            terminal.success("Deleted discovery config library '\(label)'.")
        }
    }
}
