/// The kind of a run, sent as a run's `mask_type`.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum MaskType: OpenEnum {
    /// Database masking, also reported by schema-discovery runs (`database`).
    case database
    /// File masking (`file`).
    case file
    /// File data discovery (`file_data_discovery`).
    case fileDataDiscovery
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .database,
        .file,
        .fileDataDiscovery,
    ]

    public var rawValue: String {
        switch self {
        case .database: "database"
        case .file: "file"
        case .fileDataDiscovery: "file_data_discovery"
        case .unknown(let rawValue): rawValue
        }
    }
}
