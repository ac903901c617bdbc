/// A run that has not ended, as ``DataMasqueClient/Runs/unfinished()`` finds it.
public struct UnfinishedRun: Sendable, Hashable, Codable {
    /// The run's id.
    public var id: RunID
    /// Where the run is: queued, validating, running or cancelling.
    public var status: MaskingRunStatus
    /// The connection masked, or the source of a file run.
    public var sourceConnection: RunConnection
    /// The connection a file run writes to; `nil` when there is none.
    public var destinationConnection: RunConnection?
    /// The name of the ruleset the run uses.
    public var rulesetName: String

    /// Creates an unfinished-run record.
    public init(
        id: RunID,
        status: MaskingRunStatus,
        sourceConnection: RunConnection,
        destinationConnection: RunConnection? = nil,
        rulesetName: String
    ) {
        self.id = id
        self.status = status
        self.sourceConnection = sourceConnection
        self.destinationConnection = destinationConnection
        self.rulesetName = rulesetName
    }

    enum CodingKeys: String, CodingKey {
        case id
        case status
        case rulesetName = "ruleset_name"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let members = try decoder.container(keyedBy: AnyCodingKey.self)
        self.init(
            id: try container.decodeLenientInt(.id),
            status: try container.decode(MaskingRunStatus.self, forKey: .status),
            sourceConnection: try RunConnection.source(from: members),
            destinationConnection: try RunConnection.destination(from: members),
            rulesetName: try container.decode(String.self, forKey: .rulesetName))
    }

    /// Encodes the run flat, as the server sends it.
    public func encode(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: AnyCodingKey.self)
        try sourceConnection.encodeFlat("source_connection", into: &members)
        try destinationConnection?.encodeFlat("destination_connection", into: &members)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(rulesetName, forKey: .rulesetName)
    }

    /// The names of the connections the run uses: the source's, then the destination's if there is one.
    public var connectionNames: [String] {
        [sourceConnection.name] + (destinationConnection.map { [$0.name] } ?? [])
    }
}
