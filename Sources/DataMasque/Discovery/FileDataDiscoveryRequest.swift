/// A request to discover sensitive values in the files of a file connection by keywords,
/// sent to `POST /api/run-file-data-discovery/`.
///
/// ```swift
/// let id = try await client.discovery.start(
///     FileDataDiscoveryRequest(connectionID: filesID, include: [.glob("*.csv")]))
/// let results = try await client.discovery.fileResults(runID: try await client.runs.wait(id: id).id)
/// ```
///
/// The keyword lists and `disable_built_in_keywords` are always sent; the rest only when set.
/// To run with a saved discovery config instead, use ``FileDataDiscoveryFromConfigRequest``.
public struct FileDataDiscoveryRequest: Sendable, Hashable, Codable {
    /// The id of the file connection (`connection`).
    public var connectionID: String
    /// Run-time switches.
    public var options: FileDataDiscoveryOptions?
    /// Extra keywords that flag a field name as sensitive (`custom_keywords`).
    public var customKeywords: [String]
    /// Keywords whose matches are ignored (`ignored_keywords`).
    public var ignoredKeywords: [String]
    /// Whether to skip DataMasque's built-in keywords (`disable_built_in_keywords`).
    public var disableBuiltInKeywords: Bool
    /// Whether to skip the instance's global custom keywords (`disable_global_custom_keywords`).
    public var disableGlobalCustomKeywords: Bool?
    /// Whether to skip the instance's global ignored keywords (`disable_global_ignored_keywords`).
    public var disableGlobalIgnoredKeywords: Bool?
    /// Sampling of the values themselves (`in_data_discovery`).
    public var inDataDiscovery: InDataDiscoveryConfig?
    /// Whether to descend into subdirectories.
    public var recurse: Bool?
    /// Only files matching one of these filters are read.
    public var include: [FileFilter]?
    /// Files matching one of these filters are skipped.
    public var skip: [FileFilter]?
    /// The text encoding of the files, such as `utf-8`.
    public var encoding: String?
    /// How many files are read in parallel.
    public var workers: Int?

    /// Creates a keyword-driven file data discovery request.
    public init(
        connectionID: String,
        options: FileDataDiscoveryOptions? = nil,
        customKeywords: [String] = [],
        ignoredKeywords: [String] = [],
        disableBuiltInKeywords: Bool = false,
        disableGlobalCustomKeywords: Bool? = nil,
        disableGlobalIgnoredKeywords: Bool? = nil,
        inDataDiscovery: InDataDiscoveryConfig? = nil,
        recurse: Bool? = nil,
        include: [FileFilter]? = nil,
        skip: [FileFilter]? = nil,
        encoding: String? = nil,
        workers: Int? = nil
    ) {
        self.connectionID = connectionID
        self.options = options
        self.customKeywords = customKeywords
        self.ignoredKeywords = ignoredKeywords
        self.disableBuiltInKeywords = disableBuiltInKeywords
        self.disableGlobalCustomKeywords = disableGlobalCustomKeywords
        self.disableGlobalIgnoredKeywords = disableGlobalIgnoredKeywords
        self.inDataDiscovery = inDataDiscovery
        self.recurse = recurse
        self.include = include
        self.skip = skip
        self.encoding = encoding
        self.workers = workers
    }

    enum CodingKeys: String, CodingKey {
        case connectionID = "connection"
        case options
        case customKeywords = "custom_keywords"
        case ignoredKeywords = "ignored_keywords"
        case disableBuiltInKeywords = "disable_built_in_keywords"
        case disableGlobalCustomKeywords = "disable_global_custom_keywords"
        case disableGlobalIgnoredKeywords = "disable_global_ignored_keywords"
        case inDataDiscovery = "in_data_discovery"
        case recurse
        case include
        case skip
        case encoding
        case workers
    }

    /// Throws a configuration error naming the first filter that is not exactly one non-empty pattern,
    /// or a worker count below one.
    func validate() throws {
        for (name, filters) in [("include", include), ("skip", skip)] {
            for (index, filter) in (filters ?? []).enumerated() { try filter.validate(field: "\(name)[\(index)]") }
        }
        if let workers, workers < 1 {
            throw DataMasqueError(code: .configuration, message: "Field 'workers' must be at least 1, not \(workers).")
        }
    }
}
