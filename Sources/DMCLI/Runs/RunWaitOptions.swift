import ArgumentParser

/// `--interval` and `--timeout`: how often to check a run while waiting, and how long to wait at most.
struct RunWaitOptions: ParsableArguments {
    @Option(help: "Seconds between status checks while waiting (at most 3600).")
    var interval: Double = 5

    @Option(help: "Stop waiting after this many seconds, at most 2592000 (30 days); the run continues on the server.")
    var timeout: Double?

    /// The longest `--interval`, in seconds: an hour.
    static let longestInterval: Double = 3600
    /// The longest `--timeout`, in seconds, and how long `dm` waits without one: 30 days.
    static let longestTimeout: Double = 2_592_000

    /// ``interval`` as a duration.
    var intervalDuration: Duration { .seconds(interval) }

    /// ``timeout`` as a duration; ``longestTimeout`` when none was given.
    var timeoutDuration: Duration { .seconds(timeout ?? Self.longestTimeout) }

    /// How often to check and how long to wait, as durations.
    var schedule: RunWaitSchedule { RunWaitSchedule(interval: intervalDuration, timeout: timeoutDuration) }

    func validate() throws {
        try Self.check(interval, "--interval", atMost: Self.longestInterval)
        if let timeout { try Self.check(timeout, "--timeout", atMost: Self.longestTimeout) }
    }

    /// Checks that `seconds` is more than 0 and at most `limit`.
    ///
    /// - Throws: `ValidationError` naming `option` and the allowed range, for anything else (`inf` and `nan` included).
    static func check(_ seconds: Double, _ option: String, atMost limit: Double) throws {
        guard seconds > 0, seconds <= limit else {
            throw ValidationError("\(option) must be more than 0 and at most \(Int(limit)) seconds, not \(seconds).")
        }
    }
}
