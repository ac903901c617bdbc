import ArgumentParser
import DataMasqueEmulator
import Foundation

extension DM {
    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Walk through DataMasque with dm against a local emulator: no server or setup needed.",
            discussion: """
                Starts an in-memory emulator on a free local port, then logs in, creates a connection, \
                a ruleset library and a ruleset, runs a masking run and reads its log, \
                discovers the database's sensitive columns, generates a ruleset from them and masks with it, \
                masks a few records in flight with an IFM plan, \
                explaining each step and the dm command that does it.
                """)

        @Flag(help: "Run the emulator's clock fast, so masking takes a moment instead of seconds.")
        var fast = false

        @Flag(help: "Leave the emulator running afterwards, until Ctrl-C, to try dm commands against it.")
        var keepRunning = false

        func run() async throws {
            let terminal = Terminal.current
            terminal.secrets.add(DemoContent.connectionPassword)
            let narrator = DemoNarrator(terminal: terminal, stepCount: 12)
            terminal.printData(terminal.styled("◆ DataMasque demo", .purple, on: terminal.standardOutput))
            narrator.begin(1, "Starting a local DataMasque emulator")
            narrator.command("dm emulator")
            let configuration = EmulatorConfiguration(port: 0, runStepDuration: fast ? .milliseconds(100) : .seconds(1))
            let emulator = DataMasqueEmulator(configuration: configuration)
            let url = try await emulator.start()
            narrator.done("Listening on \(url.absoluteString), an in-memory stand-in for DataMasque.")
            narrator.say("Username \(configuration.username), password \(configuration.password) (local demo only).")
            do {
                try await DemoScript(
                    terminal: terminal, narrator: narrator, baseURL: url, username: configuration.username,
                    password: configuration.password, interval: fast ? .milliseconds(100) : .seconds(1)
                ).perform()
                explainRealInstances(narrator)
                if keepRunning { try await keepServing(url, configuration: configuration, narrator: narrator) }
            } catch {
                await emulator.stop()
                throw error
            }
            await emulator.stop()
        }

        private func explainRealInstances(_ narrator: DemoNarrator) {
            narrator.begin(12, "Using dm with your own DataMasque")
            narrator.say(
                """
                Save a profile once; dm asks for the URL, username and password:
                  $ dm auth login
                Or, for scripts and CI, set the environment instead:
                  DATAMASQUE_URL=https://datamasque.example.com
                  DATAMASQUE_USERNAME=<user>  DATAMASQUE_PASSWORD=<password>
                  DATAMASQUE_SPCS_PAT=<token>   (only for DataMasque on Snowflake SPCS)
                Then try `dm connections list`, `dm discover schema <connection>` and `dm run start -c <connection> -r <ruleset>`.
                For in-flight masking, `dm ifm list` and `cat records.json | dm ifm mask <plan> -d -`.
                `dm catalog` lists every command; `dm emulator` runs this emulator on its own.
                """)
            narrator.done("Demo complete.")
        }

        /// Keeps the emulator up until Ctrl-C, telling how to reach it.
        private func keepServing(_ url: URL, configuration: EmulatorConfiguration, narrator: DemoNarrator) async throws {
            narrator.say(
                """

                The emulator keeps running with the demo's data. In another terminal:
                  export DATAMASQUE_URL=\(url.absoluteString)
                  export DATAMASQUE_USERNAME=\(configuration.username) DATAMASQUE_PASSWORD=\(configuration.password)
                  dm run list
                Press Ctrl-C to stop it.
                """)
            do {
                try await Interrupt.cancellingOnInterrupt { try await Task.sleep(for: .seconds(365 * 24 * 3600)) }
            } catch is CancellationError {}
            Terminal.current.info("Emulator stopped.")
        }
    }
}
