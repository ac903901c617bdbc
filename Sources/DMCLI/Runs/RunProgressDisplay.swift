/// Shows the status of a waiting run, or of another awaited task, on standard error:
/// one live line redrawn in place every second on a terminal,
/// else an info line whenever the status or progress changes.
///
/// The time waited counts from the first answer about the run, so the first line always reads `after 0s`.
actor RunProgressDisplay {
    let terminal: Terminal
    /// What is awaited, such as `Run 42`.
    let subject: String
    private var start: ContinuousClock.Instant?
    private var frame = 0
    private var status: String?
    private var progress: RunProgress?
    private var lastShown: String?
    private static let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")

    init(terminal: Terminal, runID: Int) {
        self.init(terminal: terminal, subject: "Run \(runID)")
    }

    /// A display for anything with a status, named `subject` in its line.
    init(terminal: Terminal, subject: String) {
        self.terminal = terminal
        self.subject = subject
    }

    /// Whether standard error is a terminal, so the line is redrawn in place.
    nonisolated var isLive: Bool { terminal.standardError.isTerminal }

    /// The time since ``markSeen()`` was first called; zero before.
    var elapsed: Duration { start.map { $0.duration(to: .now) } ?? .zero }

    /// Starts counting the time waited, unless it already runs.
    func markSeen() {
        if start == nil { start = .now }
    }

    /// Shows the status and the progress, if known, with the time waited so far.
    func show(status: String, progress: RunProgress?) {
        (self.status, self.progress) = (status, progress)
        redraw()
    }

    /// Runs `body` while redrawing the live line every second, when there is one.
    func ticking<Result: Sendable>(_ body: @escaping @Sendable () async throws -> Result) async throws -> Result {
        guard isLive else { return try await body() }
        return try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                while true {
                    try await Task.sleep(for: .seconds(1))
                    await self.redraw()
                }
            }
            defer { group.cancelAll() }
            while let result = try await group.next() {
                if let result { return result }
            }
            throw CancellationError()
        }
    }

    /// Removes the live line, if any.
    func clear() {
        if isLive { terminal.standardError.write("\r\u{1B}[2K") }
    }

    private func redraw() {
        guard let status else { return }
        let done = progress?.text.map { " · \($0) done" } ?? ""
        if isLive {
            frame += 1
            let mark = Self.spinner[frame % Self.spinner.count]
            terminal.standardError.write("\r\u{1B}[2K\(mark) \(subject): \(status) · \(ElapsedTime.text(elapsed))\(done)")
        } else if lastShown != status + done {
            lastShown = status + done
            terminal.info("\(subject): \(status) after \(ElapsedTime.text(elapsed))\(done)")
        }
    }
}
