import ArgumentParser
import DataMasqueEmulator
import Foundation

extension DM {
    struct Emulator: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "emulator",
            abstract: "Run a local DataMasque emulator until Ctrl-C.",
            discussion:
                "An in-memory stand-in for a DataMasque instance, for demos and tests. Its data is lost when it stops."
        )

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(
            parsing: .unconditional, help: "The port to listen on; 0 picks a free one.",
            transform: { try WholeNumber.port($0, allowingZero: true) })
        var port = 8765

        @Option(help: "The administrator's username.")
        var username = "admin"

        @Option(help: "The administrator's password.")
        var password = "datamasque"

        @Option(help: "Put a simulated Snowflake SPCS gateway in front, requiring this PAT.")
        var spcsPat: String?

        @Option(help: "Append one JSON line per request to this file, secrets redacted.")
        var requestLog: String?

        @Flag(
            help: """
                Start as a fresh DataMasque that is not installed yet: no user exists \
                until `dm system admin-install` creates the administrator.
                """)
        var uninstalled = false

        func run() async throws {
            let terminal = Terminal.current
            terminal.secrets.add(spcsPat)
            let emulator = DataMasqueEmulator(
                configuration: EmulatorConfiguration(
                    host: host, port: port, username: username, password: password, installed: !uninstalled,
                    spcsPAT: spcsPat, requestLogPath: requestLog))
            let (username, password, gateway, installed) = (username, password, spcsPat != nil, !uninstalled)
            do {
                try await emulator.run { url in
                    terminal.printData("DataMasque emulator listening on \(url.absoluteString)")
                    terminal.printData("In-flight masking (IFM): \(url.appending(path: "ifm").absoluteString)")
                    if installed {
                        terminal.printData("Username: \(username)")
                        terminal.printData("Password: \(password)")
                    } else {
                        terminal.printData("Not installed: create the administrator with `dm system admin-install`.")
                    }
                    if gateway { terminal.printData("SPCS gateway: on (PAT as given)") }
                    terminal.info("Press Ctrl-C to stop.")
                }
            } catch is CancellationError {}
            terminal.info("Emulator stopped.")
        }
    }
}
