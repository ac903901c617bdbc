/// An entity the client writes to the server and reads back:
/// the fields a client sets, read-only fields the server fills in,
/// and fields the server sent that this release does not model, which go back on the next write.
protocol EditableResource: Codable {
    var id: String? { get set }
    var additionalFields: [String: JSONValue] { get set }

    /// The wire keys of the fields the client sends.
    static var writableKeys: Set<String> { get }
    /// The members of a create or update request, without the kept unmodelled fields.
    var modelledFields: [String: JSONValue] { get }
    /// Takes the id and read-only fields from `stored`, the server's answer to a write of this value.
    mutating func adoptServerFields(of stored: Self)
}

extension EditableResource {
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
}
