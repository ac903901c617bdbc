import ArgumentParser
import Foundation

extension DM.System {
    struct Logs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "logs",
            abstract: "Download the application logs as a .tar.gz archive.")

        @Option(name: .shortAndLong, help: "Where to save the archive; an existing file is replaced.")
        var output = "datamasque-logs.tar.gz"

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let destination = URL(fileURLWithPath: output)
            var isDirectory: ObjCBool = false
            let folder = destination.deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
                !(FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
            else {
                throw CLIError(.invalidInput, "Could not write \(output): its folder does not exist or it is a folder.")
            }
            try await terminal.withClient(profile: profile.profile) { client in
                try await CLIError.translating("Could not download the logs") {
                    try await client.settings.downloadApplicationLogs(to: destination)
                }
            }
            terminal.success("Saved the application logs to \(output).")
        }
    }
}
