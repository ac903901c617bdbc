import ArgumentParser
import DataMasque

extension DM.Libraries {
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a ruleset library.",
            discussion: "While rulesets import it, only with --force, which leaves them to be validated again.")

        @Argument(help: "The library's exact name.")
        var name: String

        @OptionGroup var namespace: NamespaceOption

        @Flag(help: "Delete it even while rulesets import it.")
        var force = false

        @OptionGroup var profile: ProfileOption

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        func run() async throws {
            let terminal = Terminal.current
            let label = namespace.label(name)
            try await terminal.withClient(profile: profile.profile) { client in
                let library = try await client.rulesetLibraries.require(name, namespace: namespace.namespace)
                try terminal.confirm("Delete library '\(label)'?", yes: yes)
                do {
                    try await client.rulesetLibraries.deleteIfExists(id: library.id ?? "", force: force)
                } catch let error as DataMasqueError where error.status == 409 {
                    throw CLIError(
                        .conflict, error.serverMessage ?? "Library '\(label)' is still imported by rulesets.",
                        hint: "Run again with --force to delete it anyway; the rulesets importing it are then validated again.")
                } catch let error as DataMasqueError {
                    throw CLIError.prefixed(error, "Failed to delete library '\(label)'")
                }
            }
            terminal.success("Deleted library '\(label)'.")
        }
    }
}
