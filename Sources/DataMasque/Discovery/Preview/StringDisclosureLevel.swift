/// How much Safe Data Preview reveals about text columns, each level including the ones before.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum StringDisclosureLevel: OpenEnum {
    /// Value lengths (`lengths`).
    case lengths
    /// Character patterns (`patterns`).
    case patterns
    /// Masked first characters (`first_chars`).
    case firstChars
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .lengths,
        .patterns,
        .firstChars,
    ]

    public var rawValue: String {
        switch self {
        case .lengths: "lengths"
        case .patterns: "patterns"
        case .firstChars: "first_chars"
        case .unknown(let rawValue): rawValue
        }
    }
}
