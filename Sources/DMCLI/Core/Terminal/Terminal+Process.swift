import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Terminal {
    /// The terminal of this process: its environment and its real standard streams.
    package static var process: Terminal {
        Terminal(
            environment: ProcessInfo.processInfo.environment,
            standardOutput: TextOutput(isTerminal: isatty(STDOUT_FILENO) != 0, width: terminalWidth()) { text in
                FileHandle.standardOutput.write(Data(text.utf8))
            },
            standardError: TextOutput(isTerminal: isatty(STDERR_FILENO) != 0) { text in
                FileHandle.standardError.write(Data(text.utf8))
            },
            standardInput: TextInput(isTerminal: isatty(STDIN_FILENO) != 0) { hidden in
                hidden ? readHiddenLine() : Swift.readLine()
            }
        )
    }

    /// The width of the terminal on standard output, if it is one.
    private static func terminalWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Reads a line from standard input with echo off when it is a terminal.
    private static func readHiddenLine() -> String? {
        var saved = termios()
        guard isatty(STDIN_FILENO) != 0, tcgetattr(STDIN_FILENO, &saved) == 0 else { return Swift.readLine() }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return Swift.readLine()
    }
}
