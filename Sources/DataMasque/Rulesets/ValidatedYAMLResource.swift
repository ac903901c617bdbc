/// What rulesets and ruleset libraries share:
/// YAML the server stores and validates, reporting the verdict in read-only ``ServerMetadata``.
protocol ValidatedYAMLResource: EditableResource {
    var metadata: ServerMetadata { get set }
}

extension ValidatedYAMLResource {
    /// Reads `id`, the metadata and the unmodelled fields (dropping `null`s).
    mutating func decodeServerFields(from decoder: any Decoder) throws {
        let members = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try members.decodeIdentifierIfPresent(forKey: "id")
        metadata = try ServerMetadata(from: decoder)
        additionalFields = try decoder.unmodelledFields(excluding: Self.writableKeys.union(ServerMetadata.wireKeys))
    }

    /// Takes the id and metadata from `stored`, the server's answer to a write of this value.
    mutating func adoptServerFields(of stored: Self) {
        id = stored.id ?? id
        metadata = stored.metadata
    }
}
