import Foundation

/// The time that drives masking runs and deferred validation:
/// the wall clock plus however far a test has moved it forward.
struct EmulatorClock {
    private var offset: TimeInterval = 0

    /// The current emulator time.
    var now: Date {
        Date().addingTimeInterval(offset)
    }

    /// Moves the emulator time forward by `duration`; negative durations are ignored.
    mutating func advance(by duration: Duration) {
        offset += max(0, duration.timeInterval)
    }
}
