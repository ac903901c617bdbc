import ArgumentParser
import DataMasque

extension DM.Files {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the files of a type.")

        @Argument(help: "The file type: snowflake-key.")
        var fileType: String

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func validate() throws {
            _ = try FileType.named(fileType)
        }

        func run() async throws {
            try await Terminal.current.listFiles(
                try FileType.named(fileType), profile: profile.profile, json: output.json)
        }
    }
}
