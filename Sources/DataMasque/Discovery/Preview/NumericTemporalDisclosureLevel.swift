/// How much Safe Data Preview reveals about numeric and temporal columns.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum NumericTemporalDisclosureLevel: OpenEnum {
    /// Summary statistics (`summaries`).
    case summaries
    /// Summary statistics and histograms (`histograms`).
    case histograms
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .summaries,
        .histograms,
    ]

    public var rawValue: String {
        switch self {
        case .summaries: "summaries"
        case .histograms: "histograms"
        case .unknown(let rawValue): rawValue
        }
    }
}
