import ArgumentParser

extension DM.Seeds {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the seed files.")

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            try await Terminal.current.listFiles(.seed, profile: profile.profile, json: output.json)
        }
    }
}
