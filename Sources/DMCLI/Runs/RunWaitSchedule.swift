/// How often `dm` checks a run it waits for, and how long it waits at most.
struct RunWaitSchedule: Sendable {
    var interval: Duration
    var timeout: Duration = .seconds(RunWaitOptions.longestTimeout)
}
