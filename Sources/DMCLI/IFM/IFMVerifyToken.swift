import ArgumentParser
import DataMasque

extension DM.IFM {
    struct VerifyToken: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify-token", abstract: "Check the IFM token and list the scopes it grants.")

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let info = try await terminal.withIFMClient(profile: profile.profile) { client in
                try await CLIError.translating("Failed to verify IFM token") { try await client.verifyToken() }
            }
            if output.json {
                return terminal.printJSON(.object([.init("scopes", .array(info.scopes.map(OrderedJSON.string)))]))
            }
            terminal.render(
                TableOutput(title: "IFM token scopes", columns: ["scope"], rows: info.scopes.map { [.string($0)] }),
                json: false)
        }
    }
}
