/// What file data discovery found in one group of similar files.
///
/// ```swift
/// for group in try await client.discovery.fileResults(runID: id) {
///     for result in group.results where result.matches.contains(where: { $0.label != nil }) {
///         print(group.files.map(\.path), result.locator)
///     }
/// }
/// ```
public struct FileDiscoveryResult: Sendable, Hashable, Codable {
    /// The result's id.
    public var id: Int
    /// The file connection that was read.
    public var connection: RunConnection
    /// The group's file format, such as `csv` or `json` (`file_type`).
    public var fileType: String
    /// The files in the group.
    public var files: [FileDiscoveryFile]
    /// What was found at each locator.
    public var results: [FileDiscoveryLocatorResult]

    /// Creates a result, for example in a test.
    public init(
        id: Int,
        connection: RunConnection,
        fileType: String,
        files: [FileDiscoveryFile] = [],
        results: [FileDiscoveryLocatorResult] = []
    ) {
        self.id = id
        self.connection = connection
        self.fileType = fileType
        self.files = files
        self.results = results
    }

    enum CodingKeys: String, CodingKey {
        case id
        case connection
        case fileType = "file_type"
        case files
        case results
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeLenientInt(.id)
        connection = try container.decode(RunConnection.self, forKey: .connection)
        fileType = try container.decode(String.self, forKey: .fileType)
        files = try container.decode(.files, default: [])
        results = try container.decode(.results, default: [])
    }
}
