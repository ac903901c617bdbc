/// The failures planned for the next requests: a start-up phase, then injected faults.
struct FaultPlan {
    /// What a request meets instead of a normal answer.
    enum Failure: Equatable {
        /// `502` from nginx while DataMasque starts.
        case startingUp
        case fault(EmulatorFault)
    }

    private enum StartingUp {
        case remaining(Int)
        case until(ContinuousClock.Instant)
    }

    private var startingUp: StartingUp?
    private(set) var faults: [EmulatorFault] = []

    mutating func setStartingUp(_ phase: EmulatorConfiguration.StartingUp?, now: ContinuousClock.Instant) {
        startingUp =
            switch phase {
            case .requests(let count)?: .remaining(count)
            case .duration(let duration)?: .until(now + duration)
            case nil: nil
            }
    }

    /// Queues `fault` after the ones already planned.
    mutating func add(_ fault: EmulatorFault) {
        if fault.count > 0 { faults.append(fault) }
    }

    mutating func removeFaults() {
        faults = []
    }

    /// The failure the next request to `path` meets, if any, used up.
    mutating func next(for path: String, now: ContinuousClock.Instant) -> Failure? {
        switch startingUp {
        case .remaining(let count) where count > 0:
            startingUp = .remaining(count - 1)
            return .startingUp
        case .until(let end) where now < end:
            return .startingUp
        default:
            startingUp = nil
        }
        guard let index = faults.firstIndex(where: { $0.path == nil || $0.path == path }) else { return nil }
        let fault = faults[index]
        faults[index].count -= 1
        if faults[index].count == 0 { faults.remove(at: index) }
        return .fault(fault)
    }
}
