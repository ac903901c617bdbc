public import Foundation

/// A request to generate a database ruleset from chosen columns.
///
/// ```swift
/// let request = RulesetGenerationRequest(
///     connectionID: connection.id!,
///     selection: ColumnSelection(columns: ["public": ["customers": ["email"]]]))
/// let yaml = try await client.rulesetGeneration.generate(request)
/// ```
///
/// It encodes as the body DataMasque reads:
/// `connection`, `selected_columns` and, when set, `hash_columns`.
public struct RulesetGenerationRequest: Sendable, Hashable, Codable {
    /// The id of the database connection the columns belong to (`connection`).
    public var connectionID: String
    /// The columns, and their hashing.
    public var selection: ColumnSelection

    /// Creates a request to generate a database ruleset.
    public init(connectionID: String, selection: ColumnSelection) {
        self.connectionID = connectionID
        self.selection = selection
    }

    /// Reads a request from its JSON body, such as a file a user wrote.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   naming the field that is missing or of the wrong type.
    public init(json: Data) throws {
        self = try GenerationRequestDecoding.decode(Self.self, from: json)
    }

    enum CodingKeys: String, CodingKey {
        case connectionID = "connection"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        connectionID = try GenerationRequestDecoding.connectionID(from: container, forKey: .connectionID)
        selection = try ColumnSelection(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(connectionID, forKey: .connectionID)
        try selection.encode(to: encoder)
    }
}
