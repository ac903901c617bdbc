/// A string enumeration sent by the server that tolerates values it does not know yet.
///
/// Every server enum in this package conforms.
/// A value added by a newer DataMasque release decodes to the `unknown` case
/// and encodes back to the same string,
/// so one new value never fails a whole response.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// Every value this release of the package knows, in the server's documented order.
    static var knownCases: [Self] { get }

    /// A value this release of the package does not know.
    static func unknown(_ rawValue: String) -> Self
}

extension OpenEnum {
    /// The known value with this raw value, or `unknown(rawValue)`.
    public init(rawValue: String) {
        self = Self.matching(rawValue)
    }

    static func matching(_ rawValue: String) -> Self {
        knownCases.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    /// Whether this is one of the documented values rather than `unknown`.
    public var isKnown: Bool {
        Self.knownCases.contains { $0.rawValue == rawValue && $0 == self }
    }

    /// The raw value, as the server spells it.
    public var description: String { rawValue }

    /// Reads a string; one this release does not know becomes `unknown`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = Self.matching(try container.decode(String.self))
    }

    /// Writes the raw value, unknown values included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
