/// Why schema discovery flagged a column: one keyword or in-data rule that matched.
public struct DiscoveryMatch: Sendable, Hashable, Codable {
    /// The kind of sensitive data, such as `email`; `nil` for non-sensitive and ignore matches.
    public var label: String?
    /// The categories of the data, such as `PII`.
    public var categories: [String]
    /// What found the match, such as metadata or in-data discovery (`flagged_by`).
    public var flaggedBy: String
    /// A description of the match.
    public var description: String
    /// For in-data matches, the percentage of sampled values that matched (`hit_ratio`).
    public var hitRatio: Int?

    /// Creates a match, for example in a test.
    public init(label: String? = nil, categories: [String] = [], flaggedBy: String, description: String, hitRatio: Int? = nil) {
        self.label = label
        self.categories = categories
        self.flaggedBy = flaggedBy
        self.description = description
        self.hitRatio = hitRatio
    }

    enum CodingKeys: String, CodingKey {
        case label
        case categories
        case flaggedBy = "flagged_by"
        case description
        case hitRatio = "hit_ratio"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        categories = try container.decode(.categories, default: [])
        flaggedBy = try container.decode(String.self, forKey: .flaggedBy)
        description = try container.decode(String.self, forKey: .description)
        hitRatio = try container.decodePercentageIfPresent(forKey: .hitRatio)
    }

    /// Writes every field, absent ones as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(categories, forKey: .categories)
        try container.encode(flaggedBy, forKey: .flaggedBy)
        try container.encode(description, forKey: .description)
        try container.encode(hitRatio, forKey: .hitRatio)
    }
}
