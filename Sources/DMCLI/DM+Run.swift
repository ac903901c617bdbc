import ArgumentParser
import DataMasque

extension DM {
    /// Runs `dm` with `arguments` (without the program name) in `terminal`, and returns the exit status.
    ///
    /// Usage errors print the parser's message and return 2;
    /// a group without a subcommand prints its help and returns 2;
    /// failures print an error (a JSON envelope in agent mode) and return its code's status.
    package static func run(_ arguments: [String], in terminal: Terminal) async -> Int32 {
        var terminal = terminal
        do {
            var command = try Terminal.$current.withValue(terminal) { try parseAsRoot(arguments) }
            guard type(of: command).configuration.subcommands.isEmpty else {
                terminal.printMessage(helpMessage(for: type(of: command)))
                return 2
            }
            terminal.clientSettings = try ClientSettings(arguments: arguments, terminal: terminal)
            try await Terminal.$current.withValue(terminal) {
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
            }
            return 0
        } catch {
            return Terminal.$current.withValue(terminal) { terminal.exitStatus(reporting: error) }
        }
    }
}

extension Terminal {
    /// Reports an error that stopped `dm` and returns the exit status for it.
    ///
    /// Help requests print on standard output and return 0;
    /// the parser's usage errors print its message and return 2.
    func exitStatus(reporting error: any Error) -> Int32 {
        switch error {
        case let exit as ExitCode:
            return exit.rawValue
        case let error as CLIError:
            report(error)
            return error.code.exitStatus
        case let error as DataMasqueError:
            let translated = CLIError(error)
            report(translated)
            return translated.code.exitStatus
        case is CancellationError:
            report(CLIError(.error, "Cancelled."))
            return 1
        default:
            switch DM.exitCode(for: error) {
            case .success:
                printData(DM.fullMessage(for: error))
                return 0
            case .validationFailure:
                printMessage(DM.fullMessage(for: error))
                return 2
            default:
                report(CLIError(.error, "Unexpected failure: \(error)"))
                return 1
            }
        }
    }
}
