/// Whether a discovered file's values were counted.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum ValueCountStatus: OpenEnum {
    /// The values were counted (`counted`).
    case counted
    /// Not counted, because in-data discovery was off (`in_data_discovery_disabled`).
    case inDataDiscoveryDisabled
    /// Not counted, because the file type has no values (`file_type_has_no_values`).
    case fileTypeHasNoValues
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .counted,
        .inDataDiscoveryDisabled,
        .fileTypeHasNoValues,
    ]

    public var rawValue: String {
        switch self {
        case .counted: "counted"
        case .inDataDiscoveryDisabled: "in_data_discovery_disabled"
        case .fileTypeHasNoValues: "file_type_has_no_values"
        case .unknown(let rawValue): rawValue
        }
    }
}
