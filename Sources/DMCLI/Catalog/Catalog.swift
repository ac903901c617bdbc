import ArgumentParser

extension DM {
    struct Catalog: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalog",
            abstract: "List every dm command with its help and options, for scripts and agents.")

        @OptionGroup var output: JSONOption

        @Flag(help: "Leave out the options: one path and help per command.")
        var compact = false

        func run() async throws {
            let terminal = Terminal.current
            let catalog = CommandCatalog(root: DM.self)
            if terminal.wantsJSON(output.json) { return terminal.printJSON(catalog.json(compact: compact)) }
            let width = catalog.entries.map(\.path.count).max() ?? 0
            for entry in catalog.entries {
                let path = terminal.styled(entry.path, .bold, on: terminal.standardOutput)
                let padding = String(repeating: " ", count: width - entry.path.count)
                terminal.printData(
                    "  \(path)\(padding)  \(terminal.styled(entry.help, .dim, on: terminal.standardOutput))")
            }
        }
    }
}
