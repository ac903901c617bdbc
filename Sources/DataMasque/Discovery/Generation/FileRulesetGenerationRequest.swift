public import Foundation

/// A request to generate a file ruleset from chosen files and values.
///
/// ```swift
/// let request = FileRulesetGenerationRequest(
///     connectionID: connection.id!,
///     selections: [FileSelection(files: ["customers.csv"], locators: [.column("email")])])
/// let yaml = try await client.rulesetGeneration.generate(request)
/// ```
///
/// It encodes as the body DataMasque reads: `connection` and `selected_data`.
public struct FileRulesetGenerationRequest: Sendable, Hashable, Codable {
    /// The id of the file connection the files belong to (`connection`).
    public var connectionID: String
    /// The files and values (`selected_data`).
    public var selections: [FileSelection]

    /// Creates a request to generate a file ruleset.
    public init(connectionID: String, selections: [FileSelection]) {
        self.connectionID = connectionID
        self.selections = selections
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
        case selections = "selected_data"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        connectionID = try GenerationRequestDecoding.connectionID(from: container, forKey: .connectionID)
        selections = try container.decode([FileSelection].self, forKey: .selections)
    }
}
