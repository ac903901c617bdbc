import ArgumentParser

extension DM.Auth {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the saved profiles; * marks the active one.")

        func run() async throws {
            let terminal = Terminal.current
            let configuration = try ConfigFile(for: terminal).load()
            guard !configuration.profileNames.isEmpty else {
                return terminal.info("No profiles saved. Run `dm auth login` to add one.")
            }
            let rows = configuration.profileNames.map { name -> [OrderedJSON] in
                let profile = configuration.profile(named: name)
                return [
                    .string(name == configuration.activeProfile ? "*" : ""), .string(name), .string(profile.url),
                    .string(profile.username),
                ]
            }
            terminal.printTable(TableOutput(columns: ["", "Profile", "URL", "Username"], rows: rows))
        }
    }
}
