import ArgumentParser
import DataMasque

extension DM.Files {
    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "upload",
            abstract: "Upload a file of a type under a name.",
            discussion: "Give --file - to read the file's text from standard input.")

        @Argument(help: "The file type: snowflake-key.")
        var fileType: String

        @Option(name: .shortAndLong, help: "The file to upload, or - for standard input.")
        var file: String

        @Option(help: "The name to store it under.")
        var name: String

        @OptionGroup var profile: ProfileOption

        func validate() throws {
            _ = try FileType.named(fileType)
            try UploadInput.requireExisting(file, option: "--file")
        }

        func run() async throws {
            try await Terminal.current.uploadFile(
                try FileType.named(fileType), name: name, input: UploadInput(path: file), profile: profile.profile)
        }
    }
}
