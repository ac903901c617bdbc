/// What file data discovery found at one locator (a column or JSON path) of a group of files.
public struct FileDiscoveryLocatorResult: Sendable, Hashable, Codable {
    /// Where the values live in the files.
    public var locator: FileLocator
    /// The keywords and rules that flagged the values.
    public var matches: [FileDiscoveryMatch]
    /// The types of the values seen, such as `string` (`data_types`).
    public var dataTypes: [String]
    /// Statistics about the sampled values, when Safe Data Preview was on (`safe_data_preview`).
    public var safeDataPreview: SafeDataPreview?
    /// How many values the locator holds across the group's files, when counted (`value_count`).
    public var valueCount: Int?

    /// Creates a locator result, for example in a test.
    public init(
        locator: FileLocator,
        matches: [FileDiscoveryMatch] = [],
        dataTypes: [String] = [],
        safeDataPreview: SafeDataPreview? = nil,
        valueCount: Int? = nil
    ) {
        self.locator = locator
        self.matches = matches
        self.dataTypes = dataTypes
        self.safeDataPreview = safeDataPreview
        self.valueCount = valueCount
    }

    enum CodingKeys: String, CodingKey {
        case locator
        case matches
        case dataTypes = "data_types"
        case safeDataPreview = "safe_data_preview"
        case valueCount = "value_count"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        locator = try container.decode(FileLocator.self, forKey: .locator)
        matches = try container.decode(.matches, default: [])
        dataTypes = try container.decode(.dataTypes, default: [])
        safeDataPreview = try container.decodeIfPresent(SafeDataPreview.self, forKey: .safeDataPreview)
        valueCount = try container.decodeLenientIntIfPresent(forKey: .valueCount)
    }

    /// Writes every field, absent ones as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(locator, forKey: .locator)
        try container.encode(matches, forKey: .matches)
        try container.encode(dataTypes, forKey: .dataTypes)
        try container.encode(safeDataPreview, forKey: .safeDataPreview)
        try container.encode(valueCount, forKey: .valueCount)
    }
}
