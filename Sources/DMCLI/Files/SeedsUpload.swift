import ArgumentParser

extension DM.Seeds {
    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "upload",
            abstract: "Upload a seed file, stored under the file's name.",
            discussion: "Give - to read the CSV from standard input, with --name.")

        @Argument(help: "The CSV file, or - for standard input.")
        var file: String

        @Option(help: "The name to store it under; the file's name when omitted.")
        var name: String?

        @OptionGroup var profile: ProfileOption

        func validate() throws {
            try UploadInput.requireExisting(file, option: "FILE")
            if file == "-" && name == nil { throw ValidationError("Give --name when reading standard input.") }
        }

        func run() async throws {
            let input = UploadInput(path: file)
            try await Terminal.current.uploadFile(
                .seed, name: name ?? input.filename(orElse: ""), input: input, profile: profile.profile)
        }
    }
}
