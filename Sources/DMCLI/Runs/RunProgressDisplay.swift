/// Shows a waiting run's status on standard error:
/// one live line redrawn in place on a terminal, else an info line whenever the status or progress changes.
struct RunProgressDisplay {
    let terminal: Terminal
    let runID: Int
    private var frame = 0
    private var lastShown: String?
    private static let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")

    init(terminal: Terminal, runID: Int) {
        self.terminal = terminal
        self.runID = runID
    }

    /// Whether standard error is a terminal, so the line is redrawn in place.
    var isLive: Bool { terminal.standardError.isTerminal }

    /// Shows the status, the time waited so far and the progress, if known.
    mutating func show(status: String, elapsed: Duration, progress: RunProgress?) {
        let done = progress?.text.map { " · \($0) done" } ?? ""
        if isLive {
            frame += 1
            let mark = Self.spinner[frame % Self.spinner.count]
            terminal.standardError.write("\r\u{1B}[2K\(mark) Run \(runID): \(status) · \(ElapsedTime.text(elapsed))\(done)")
        } else if lastShown != status + done {
            lastShown = status + done
            terminal.info("Run \(runID): \(status) after \(ElapsedTime.text(elapsed))\(done)")
        }
    }

    /// Removes the live line, if any.
    func clear() {
        if isLive { terminal.standardError.write("\r\u{1B}[2K") }
    }
}
