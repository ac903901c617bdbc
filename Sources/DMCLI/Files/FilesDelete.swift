import ArgumentParser
import DataMasque

extension DM.Files {
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a file of a type by name.")

        @Argument(help: "The file type: snowflake-key.")
        var fileType: String

        @Argument(help: "The file's exact name.")
        var name: String

        @OptionGroup var profile: ProfileOption

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        func validate() throws {
            _ = try FileType.named(fileType)
        }

        func run() async throws {
            try await Terminal.current.deleteFile(
                try FileType.named(fileType), name: name, yes: yes, profile: profile.profile,
                listCommand: "dm files list \(fileType)")
        }
    }
}
