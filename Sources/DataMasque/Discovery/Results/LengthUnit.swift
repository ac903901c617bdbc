/// The unit of a column's maximum length.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum LengthUnit: OpenEnum {
    /// Characters (`chars`).
    case chars
    /// Bytes (`bytes`).
    case bytes
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .chars,
        .bytes,
    ]

    public var rawValue: String {
        switch self {
        case .chars: "chars"
        case .bytes: "bytes"
        case .unknown(let rawValue): rawValue
        }
    }
}
