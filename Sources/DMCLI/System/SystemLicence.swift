import ArgumentParser
import DataMasque

extension DM.System {
    struct Licence: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "licence", abstract: "Show the instance's licence.")

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let licence = try await terminal.withClient(profile: profile.profile) { client in
                try await client.license.info()
            }
            terminal.render(DetailOutput(title: "Licence", fields: licence.summaryFields), json: output.json)
        }
    }
}
