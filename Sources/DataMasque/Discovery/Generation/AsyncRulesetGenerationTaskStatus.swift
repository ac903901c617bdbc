/// The state of a ruleset-generation task that runs in the background.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum AsyncRulesetGenerationTaskStatus: OpenEnum {
    /// Completed successfully (`finished`).
    case finished
    /// Completed successfully with warnings (`finished_with_warnings`).
    case finishedWithWarnings
    /// Stopped with an error (`failed`).
    case failed
    /// In progress (`running`).
    case running
    /// Waiting to start (`queued`).
    case queued
    /// Stopped at the user's request (`cancelled`).
    case cancelled
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .finished,
        .finishedWithWarnings,
        .failed,
        .running,
        .queued,
        .cancelled,
    ]

    public var rawValue: String {
        switch self {
        case .finished: "finished"
        case .finishedWithWarnings: "finished_with_warnings"
        case .failed: "failed"
        case .running: "running"
        case .queued: "queued"
        case .cancelled: "cancelled"
        case .unknown(let rawValue): rawValue
        }
    }

    /// Whether the task is over: finished, failed or cancelled.
    ///
    /// An unknown status is not final.
    public var isFinal: Bool {
        switch self {
        case .finished, .finishedWithWarnings, .failed, .cancelled: true
        default: false
        }
    }

    /// Whether the task completed successfully, with or without warnings.
    public var isSuccessful: Bool {
        switch self {
        case .finished, .finishedWithWarnings: true
        default: false
        }
    }
}
