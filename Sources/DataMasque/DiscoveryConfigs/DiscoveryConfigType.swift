/// What a discovery configuration discovers.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum DiscoveryConfigType: OpenEnum {
    /// Sensitive data in databases (`database`).
    case database
    /// Sensitive data in files (`file`).
    case file
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .database,
        .file,
    ]

    public var rawValue: String {
        switch self {
        case .database: "database"
        case .file: "file"
        case .unknown(let rawValue): rawValue
        }
    }
}
