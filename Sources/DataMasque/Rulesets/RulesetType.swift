/// What a ruleset masks, sent as a ruleset's `mask_type`.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum RulesetType: OpenEnum {
    /// Files (`file`).
    case file
    /// Database tables (`database`).
    case database
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .file,
        .database,
    ]

    public var rawValue: String {
        switch self {
        case .file: "file"
        case .database: "database"
        case .unknown(let rawValue): rawValue
        }
    }
}
