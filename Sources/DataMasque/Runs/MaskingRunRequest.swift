/// What to mask and how: the body of a request to start a masking run.
///
/// ```swift
/// let request = MaskingRunRequest(connectionID: sourceID, rulesetID: rulesetID, name: "nightly")
/// let id = try await client.runs.start(request)
/// ```
///
/// Fields left `nil` are not sent; ``options`` is always sent, as `{}` when empty.
public struct MaskingRunRequest: Sendable, Hashable, Codable {
    /// The id of the connection to mask (`connection`); the source of a file run.
    public var connectionID: String
    /// The id of the stored ruleset to run (`ruleset`).
    public var rulesetID: String
    /// The kind of run; ``MaskType/file`` for file masking.
    public var maskType: MaskType
    /// The id of the connection a file run writes to (`destination_connection`).
    public var destinationConnectionID: String?
    /// The run's settings.
    public var options: MaskingRunOptions
    /// The run's name.
    public var name: String?
    /// Whether to e-mail the calling user about the run (`is_user_subscribed`).
    public var isUserSubscribed: Bool?

    /// Creates a request to start a masking run.
    public init(
        connectionID: String,
        rulesetID: String,
        maskType: MaskType = .database,
        destinationConnectionID: String? = nil,
        options: MaskingRunOptions = MaskingRunOptions(),
        name: String? = nil,
        isUserSubscribed: Bool? = nil
    ) {
        self.connectionID = connectionID
        self.rulesetID = rulesetID
        self.maskType = maskType
        self.destinationConnectionID = destinationConnectionID
        self.options = options
        self.name = name
        self.isUserSubscribed = isUserSubscribed
    }

    enum CodingKeys: String, CodingKey {
        case connectionID = "connection"
        case rulesetID = "ruleset"
        case maskType = "mask_type"
        case destinationConnectionID = "destination_connection"
        case options
        case name
        case isUserSubscribed = "is_user_subscribed"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            connectionID: try container.decode(String.self, forKey: .connectionID),
            rulesetID: try container.decode(String.self, forKey: .rulesetID),
            maskType: try container.decode(.maskType, default: .database),
            destinationConnectionID: try container.decodeIfPresent(String.self, forKey: .destinationConnectionID),
            options: try container.decode(.options, default: MaskingRunOptions()),
            name: try container.decodeIfPresent(String.self, forKey: .name),
            isUserSubscribed: try container.decodeIfPresent(Bool.self, forKey: .isUserSubscribed))
    }
}
