/// The kind of a column in a Safe Data Preview.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum ColumnKind: OpenEnum {
    /// True or false values (`boolean`).
    case boolean
    /// Numbers (`numeric`).
    case numeric
    /// Text (`string`).
    case string
    /// Dates and times (`temporal`).
    case temporal
    /// A type that is not previewed (`unsupported`).
    case unsupported
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .boolean,
        .numeric,
        .string,
        .temporal,
        .unsupported,
    ]

    public var rawValue: String {
        switch self {
        case .boolean: "boolean"
        case .numeric: "numeric"
        case .string: "string"
        case .temporal: "temporal"
        case .unsupported: "unsupported"
        case .unknown(let rawValue): rawValue
        }
    }
}
