/// What a file filter's pattern is matched against.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum FileFilterMatchAgainst: OpenEnum {
    /// The file's path (`path`).
    case path
    /// The file's name alone (`filename`).
    case filename
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .path,
        .filename,
    ]

    public var rawValue: String {
        switch self {
        case .path: "path"
        case .filename: "filename"
        case .unknown(let rawValue): rawValue
        }
    }
}
