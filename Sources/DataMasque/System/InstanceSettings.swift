/// Server-wide settings of a DataMasque instance.
///
/// ```swift
/// let settings = try await client.settings.get()
/// print(settings.locality ?? "default locality")
/// ```
///
/// Settings this release does not model are kept in ``other``.
public struct InstanceSettings: Sendable, Hashable, Codable {
    /// The locality used for generated values and templates, such as `en_GB`.
    public var locality: String?
    /// The URL of the DataMasque AI Engine, or `nil` when none is configured
    /// (the server sends `null` or an empty string).
    public var dmAIEngineURL: String?
    /// Every other setting, by its wire name.
    public var other: [String: JSONValue]

    /// Creates settings.
    public init(locality: String? = nil, dmAIEngineURL: String? = nil, other: [String: JSONValue] = [:]) {
        self.locality = locality
        self.dmAIEngineURL = dmAIEngineURL
        self.other = other
    }

    private static let localityKey = "locality"
    private static let aiEngineKey = "dm_ai_engine_url"

    public init(from decoder: any Decoder) throws {
        var members = try [String: JSONValue](from: decoder)
        locality = members.removeValue(forKey: Self.localityKey)?.stringValue
        dmAIEngineURL = members.removeValue(forKey: Self.aiEngineKey)?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        other = members
    }

    public func encode(to encoder: any Encoder) throws {
        var members = other
        members[Self.localityKey] = locality.map(JSONValue.string)
        members[Self.aiEngineKey] = dmAIEngineURL.map(JSONValue.string)
        try members.encode(to: encoder)
    }
}
