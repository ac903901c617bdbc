/// The file format of a table reference.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum TableReferenceFormat: OpenEnum {
    /// Comma-separated values (`csv`).
    case csv
    /// Apache Parquet (`parquet`).
    case parquet
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .csv,
        .parquet,
    ]

    public var rawValue: String {
        switch self {
        case .csv: "csv"
        case .parquet: "parquet"
        case .unknown(let rawValue): rawValue
        }
    }
}
