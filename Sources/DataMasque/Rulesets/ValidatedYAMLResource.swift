/// What rulesets and ruleset libraries share:
/// YAML the server stores and validates, reporting the verdict in read-only ``ServerMetadata``.
protocol ValidatedYAMLResource: Codable {
    var id: String? { get set }
    var metadata: ServerMetadata { get set }
    var additionalFields: [String: JSONValue] { get set }

    /// The wire keys of the fields the client sends.
    static var writableKeys: Set<String> { get }
    /// The members of a create or update request, without the kept unmodelled fields.
    var modelledFields: [String: JSONValue] { get }
}

extension ValidatedYAMLResource {
    /// The body of a create or update request: the kept unmodelled fields, then the modelled ones, which win.
    ///
    /// Read-only fields are never part of it.
    var requestBody: JSONValue {
        .object(additionalFields.merging(modelledFields) { _, modelled in modelled })
    }

    /// Encodes the request body, as ``requestBody`` describes.
    public func encode(to encoder: any Encoder) throws {
        try requestBody.encode(to: encoder)
    }

    /// Reads `id`, the metadata and the unmodelled fields (dropping `null`s).
    mutating func decodeServerFields(from decoder: any Decoder) throws {
        let members = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try members.decodeIdentifierIfPresent(forKey: "id")
        metadata = try ServerMetadata(from: decoder)
        additionalFields = try members.unmodelledFields(excluding: Self.writableKeys.union(ServerMetadata.wireKeys))
    }

    /// Takes the id and metadata from `stored`, the server's answer to a write of this value.
    mutating func adoptServerFields(of stored: Self) {
        id = stored.id ?? id
        metadata = stored.metadata
    }
}
