import ArgumentParser
import DataMasque

extension DM {
    struct Version: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "version", abstract: "Show the version of dm.")

        func run() async throws {
            let terminal = Terminal.current
            terminal.printMessage(terminal.styled("◆ DataMasque CLI (Swift)", .purple, on: terminal.standardError))
            terminal.printData("v\(DataMasqueClient.version)")
        }
    }
}
