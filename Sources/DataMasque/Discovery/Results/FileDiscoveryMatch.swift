/// Why file data discovery flagged a value: one keyword or in-data rule that matched.
public struct FileDiscoveryMatch: Sendable, Hashable, Codable {
    /// What found the match, such as `MDD` (metadata) or `IDD` (in-data) (`flagged_by`).
    public var flaggedBy: String
    /// A description of the match.
    public var description: String
    /// The kind of sensitive data, such as `email`; `nil` for non-sensitive matches.
    public var label: String?
    /// The categories of the data, such as `PII`.
    public var categories: [String]?
    /// For in-data matches, the percentage of sampled values that matched (`hit_ratio`).
    public var hitRatio: Int?

    /// Creates a match, for example in a test.
    public init(flaggedBy: String, description: String, label: String? = nil, categories: [String]? = nil, hitRatio: Int? = nil) {
        self.flaggedBy = flaggedBy
        self.description = description
        self.label = label
        self.categories = categories
        self.hitRatio = hitRatio
    }

    enum CodingKeys: String, CodingKey {
        case flaggedBy = "flagged_by"
        case description
        case label
        case categories
        case hitRatio = "hit_ratio"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        flaggedBy = try container.decode(String.self, forKey: .flaggedBy)
        description = try container.decode(String.self, forKey: .description)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        categories = try container.decodeIfPresent([String].self, forKey: .categories)
        hitRatio = try container.decodePercentageIfPresent(forKey: .hitRatio)
    }

    /// Writes every field, absent ones as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(flaggedBy, forKey: .flaggedBy)
        try container.encode(description, forKey: .description)
        try container.encode(label, forKey: .label)
        try container.encode(categories, forKey: .categories)
        try container.encode(hitRatio, forKey: .hitRatio)
    }
}
