/// The state of a masking or discovery run.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum MaskingRunStatus: OpenEnum {
    /// Completed successfully (`finished`).
    case finished
    /// Completed successfully with warnings (`finished_with_warnings`).
    case finishedWithWarnings
    /// Waiting to start (`queued`).
    case queued
    /// In progress (`running`).
    case running
    /// Stopped with an error (`failed`).
    case failed
    /// Checking its ruleset before it starts (`validating`).
    case validating
    /// Stopping at the user's request (`cancelling`).
    case cancelling
    /// Stopped at the user's request (`cancelled`).
    case cancelled
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .finished,
        .finishedWithWarnings,
        .queued,
        .running,
        .failed,
        .validating,
        .cancelling,
        .cancelled,
    ]

    public var rawValue: String {
        switch self {
        case .finished: "finished"
        case .finishedWithWarnings: "finished_with_warnings"
        case .queued: "queued"
        case .running: "running"
        case .failed: "failed"
        case .validating: "validating"
        case .cancelling: "cancelling"
        case .cancelled: "cancelled"
        case .unknown(let rawValue): rawValue
        }
    }

    /// Whether the run is over: finished, failed or cancelled.
    ///
    /// An unknown status is not final.
    public var isFinal: Bool {
        switch self {
        case .finished, .finishedWithWarnings, .cancelled, .failed: true
        default: false
        }
    }

    /// Whether the run completed successfully, with or without warnings.
    public var isSuccessful: Bool {
        switch self {
        case .finished, .finishedWithWarnings: true
        default: false
        }
    }
}
