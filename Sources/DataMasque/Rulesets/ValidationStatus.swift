/// Whether the server found a ruleset, library or configuration valid, sent as `is_valid`.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum ValidationStatus: OpenEnum {
    /// Valid (`valid`).
    case valid
    /// Invalid; the validation errors say why (`invalid`).
    case invalid
    /// Still being validated (`in_progress`).
    case inProgress
    /// Not known; the server sends `unknown` (`unknown`).
    case undetermined
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .valid,
        .invalid,
        .inProgress,
        .undetermined,
    ]

    public var rawValue: String {
        switch self {
        case .valid: "valid"
        case .invalid: "invalid"
        case .inProgress: "in_progress"
        case .undetermined: "unknown"
        case .unknown(let rawValue): rawValue
        }
    }
}
