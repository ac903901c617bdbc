/// Statistics about a column's sampled values that reveal no single value,
/// chosen by the column's kind (`kind`).
///
/// ```swift
/// switch result.data.safeDataPreview {
/// case .string(let preview)?:
///     print("lengths", preview.statistics.lengths.min, "to", preview.statistics.lengths.max)
/// case .numeric(let preview)?:
///     print("median", preview.statistics.summaries.q2)
/// case .unknown(let kind, _)?:
///     print("a \(kind) preview this release does not know")
/// default:
///     break
/// }
/// ```
///
/// A kind added by a newer server decodes to ``unknown(kind:raw:)``, keeping the payload,
/// so one new kind never fails a page of results.
public enum SafeDataPreview: Sendable, Hashable, Codable {
    /// A text column.
    case string(ColumnPreview<StringStatistics>)
    /// A numeric column.
    case numeric(ColumnPreview<NumericStatistics>)
    /// A date or time column.
    case temporal(ColumnPreview<TemporalStatistics>)
    /// A true-or-false column.
    case boolean(ColumnPreview<BooleanStatistics>)
    /// A column whose type is not previewed.
    case unsupported(ColumnPreview<UnsupportedStatistics>)
    /// A kind this release does not know, with the preview as the server sent it.
    case unknown(kind: String, raw: JSONValue)

    /// The column's kind.
    public var kind: ColumnKind {
        switch self {
        case .string: .string
        case .numeric: .numeric
        case .temporal: .temporal
        case .boolean: .boolean
        case .unsupported: .unsupported
        case .unknown(let kind, _): .unknown(kind)
        }
    }

    /// The counts every preview has; `nil` for an unknown kind whose counts do not decode.
    public var common: CommonStatistics? {
        switch self {
        case .string(let preview): preview.common
        case .numeric(let preview): preview.common
        case .temporal(let preview): preview.common
        case .boolean(let preview): preview.common
        case .unsupported(let preview): preview.common
        case .unknown(_, let raw): raw["statistics_common"].flatMap { try? $0.decoded(as: CommonStatistics.self) }
        }
    }

    /// The file whose sample produced the preview, for grouped file discovery.
    public var sampledFrom: String? {
        switch self {
        case .string(let preview): preview.sampledFrom
        case .numeric(let preview): preview.sampledFrom
        case .temporal(let preview): preview.sampledFrom
        case .boolean(let preview): preview.sampledFrom
        case .unsupported(let preview): preview.sampledFrom
        case .unknown(_, let raw): raw["sampled_from"]?.stringValue
        }
    }

    enum CodingKeys: String, CodingKey {
        case kind
    }

    /// Reads a preview by its `kind`.
    ///
    /// - Throws: `DecodingError` when a known kind's statistics do not fit it.
    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: CodingKeys.self).decode(ColumnKind.self, forKey: .kind)
        switch kind {
        case .string: self = .string(try ColumnPreview(from: decoder))
        case .numeric: self = .numeric(try ColumnPreview(from: decoder))
        case .temporal: self = .temporal(try ColumnPreview(from: decoder))
        case .boolean: self = .boolean(try ColumnPreview(from: decoder))
        case .unsupported: self = .unsupported(try ColumnPreview(from: decoder))
        case .unknown(let name): self = .unknown(kind: name, raw: try JSONValue(from: decoder))
        }
    }

    /// Writes the preview with its `kind`; an unknown kind as it was received.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let preview): try preview.encode(to: encoder, kind: kind)
        case .numeric(let preview): try preview.encode(to: encoder, kind: kind)
        case .temporal(let preview): try preview.encode(to: encoder, kind: kind)
        case .boolean(let preview): try preview.encode(to: encoder, kind: kind)
        case .unsupported(let preview): try preview.encode(to: encoder, kind: kind)
        case .unknown(_, let raw): try raw.encode(to: encoder)
        }
    }
}
