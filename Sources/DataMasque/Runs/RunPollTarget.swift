/// The run a polling sequence watches, and how often and how long it polls.
struct RunPollTarget: Sendable {
    let runs: DataMasqueClient.Runs
    let id: RunID
    let pollInterval: Duration
    let timeout: Duration

    /// A schedule starting now, naming what is awaited in its timeout message.
    func schedule(awaiting subject: String) -> PollSchedule {
        PollSchedule(interval: pollInterval, timeout: timeout, subject: subject)
    }
}
