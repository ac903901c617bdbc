import ArgumentParser

extension DM.Seeds {
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a seed file.")

        @Argument(help: "The seed file's exact name.")
        var filename: String

        @OptionGroup var profile: ProfileOption

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        func run() async throws {
            try await Terminal.current.deleteFile(
                .seed, name: filename, yes: yes, profile: profile.profile, listCommand: "dm seeds list")
        }
    }
}
