package import ArgumentParser

/// The `dm` command: the DataMasque command-line interface.
///
/// Run it with ``run(_:in:)`` to capture its output and exit status,
/// as the `dm` executable does with the process's own terminal.
package struct DM: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "dm",
        abstract: "Work with a DataMasque instance from the command line.",
        discussion: """
            Credentials come from --profile, else DATAMASQUE_URL, DATAMASQUE_USERNAME and DATAMASQUE_PASSWORD, \
            else the active profile saved by `dm auth login`.
            """,
        subcommands: [
            Version.self, Catalog.self, Auth.self, Connections.self, Rulesets.self, Run.self, Users.self, Discover.self,
            Seeds.self, Files.self, System.self, Libraries.self,
            Emulator.self, Demo.self,
        ],
        helpNames: [.long]
    )

    /// `--request-timeout` and `--verbose`, which may also follow the command's name;
    /// ``run(_:in:)`` reads them for every command.
    @OptionGroup var global: GlobalOptions

    /// Creates the root command, as the argument parser does.
    package init() {}
}
