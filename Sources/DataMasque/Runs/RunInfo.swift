/// A masking or discovery run, as the server reports it.
///
/// ```swift
/// let run = try await client.runs.get(id: id)
/// if run.status.isFinal { print(run.rulesetName, run.status) }
/// ```
///
/// The server sends connections flat (`source_connection` plus `source_connection_name`);
/// the client folds each pair into a ``RunConnection``.
public struct RunInfo: Sendable, Hashable, Codable {
    /// The run's id.
    public var id: RunID
    /// Where the run is: queued, running, finished and so on.
    public var status: MaskingRunStatus
    /// The kind of run.
    public var maskType: MaskType
    /// The connection masked, or the source of a file run.
    public var sourceConnection: RunConnection
    /// The connection a file run writes to; `nil` when there is none.
    public var destinationConnection: RunConnection?
    /// The name of the ruleset the run uses.
    public var rulesetName: String
    /// The run's name.
    public var name: String?
    /// The id of the ruleset the run uses.
    public var rulesetID: String?
    /// When the run was created, with the server's exact text.
    public var createdTime: Timestamp?
    /// When the run left the queue, with the server's exact text.
    public var startTime: Timestamp?
    /// When the run ended, with the server's exact text.
    public var endTime: Timestamp?
    /// The options the run was started with, as the server echoes them.
    public var options: JSONValue?
    /// Fields the server sent that this release does not model.
    public var additionalFields: [String: JSONValue]

    /// Creates a run record.
    public init(
        id: RunID,
        status: MaskingRunStatus,
        maskType: MaskType = .database,
        sourceConnection: RunConnection,
        destinationConnection: RunConnection? = nil,
        rulesetName: String,
        name: String? = nil,
        rulesetID: String? = nil,
        createdTime: Timestamp? = nil,
        startTime: Timestamp? = nil,
        endTime: Timestamp? = nil,
        options: JSONValue? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.status = status
        self.maskType = maskType
        self.sourceConnection = sourceConnection
        self.destinationConnection = destinationConnection
        self.rulesetName = rulesetName
        self.name = name
        self.rulesetID = rulesetID
        self.createdTime = createdTime
        self.startTime = startTime
        self.endTime = endTime
        self.options = options
        self.additionalFields = additionalFields
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case status
        case maskType = "mask_type"
        case rulesetName = "ruleset_name"
        case name
        case rulesetID = "ruleset"
        case createdTime = "created_time"
        case startTime = "start_time"
        case endTime = "end_time"
        case options
    }

    private static let consumedKeys = Set(
        CodingKeys.allCases.map(\.stringValue)
            + RunConnection.wireKeys("source_connection") + RunConnection.wireKeys("destination_connection"))

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let members = try decoder.container(keyedBy: AnyCodingKey.self)
        let options = try container.decodeIfPresent(JSONValue.self, forKey: .options)
        self.init(
            id: try container.decodeLenientInt(.id),
            status: try container.decode(MaskingRunStatus.self, forKey: .status),
            maskType: try container.decode(MaskType.self, forKey: .maskType),
            sourceConnection: try RunConnection.source(from: members),
            destinationConnection: try RunConnection.destination(from: members),
            rulesetName: try container.decode(String.self, forKey: .rulesetName),
            name: try container.decodeIfPresent(String.self, forKey: .name),
            rulesetID: try container.decodeIdentifierIfPresent(forKey: .rulesetID),
            createdTime: try container.decodeIfPresent(Timestamp.self, forKey: .createdTime),
            startTime: try container.decodeIfPresent(Timestamp.self, forKey: .startTime),
            endTime: try container.decodeIfPresent(Timestamp.self, forKey: .endTime),
            options: options?.isNull == true ? nil : options,
            additionalFields: try decoder.unmodelledFields(excluding: Self.consumedKeys))
    }

    /// Encodes the run flat, as the server sends it.
    public func encode(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in additionalFields { try members.encode(value, forKey: AnyCodingKey(stringValue: key)) }
        try sourceConnection.encodeFlat("source_connection", into: &members)
        try destinationConnection?.encodeFlat("destination_connection", into: &members)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(maskType, forKey: .maskType)
        try container.encode(rulesetName, forKey: .rulesetName)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(rulesetID, forKey: .rulesetID)
        try container.encodeIfPresent(createdTime, forKey: .createdTime)
        try container.encodeIfPresent(startTime, forKey: .startTime)
        try container.encodeIfPresent(endTime, forKey: .endTime)
        try container.encodeIfPresent(options, forKey: .options)
    }
}
