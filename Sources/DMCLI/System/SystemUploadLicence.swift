import ArgumentParser
import DataMasque

extension DM.System {
    struct UploadLicence: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "upload-licence",
            abstract: "Install a licence file.",
            discussion: "Give - to read the licence from standard input.")

        @Argument(help: "The licence file, or - for standard input.")
        var file: String

        @OptionGroup var profile: ProfileOption

        func validate() throws {
            try UploadInput.requireExisting(file, option: "FILE")
        }

        func run() async throws {
            let terminal = Terminal.current
            let input = UploadInput(path: file)
            let filename = input.filename(orElse: "license.lic")
            let source = try input.source(in: terminal, filename: filename)
            try await terminal.withClient(profile: profile.profile) { client in
                try await CLIError.translating("Could not upload the licence") {
                    try await client.license.upload(source)
                }
            }
            terminal.success("Uploaded the licence file \(filename).")
        }
    }
}
