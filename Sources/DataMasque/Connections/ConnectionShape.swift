/// What every connection kind has in common, so that ``Connection`` can treat them alike.
protocol ConnectionShape: Codable, Hashable, Sendable, CustomStringConvertible {
    var name: String { get set }
    var id: String? { get set }
    var lockState: ConnectionLockState { get set }
    var additionalFields: [String: JSONValue] { get set }

    /// The kind's label, as the `dm` CLI shows it.
    var kindName: String { get }
    /// This value wrapped in its ``Connection`` case.
    var connection: Connection { get }
    /// `mask_type`, plus `db_type` or `type`.
    var discriminators: [String: JSONValue] { get }
    /// The kind's own members of the request body;
    /// with `keepingNulls`, an unset member that applies to this kind is `null` rather than left out.
    func modelledFields(keepingNulls: Bool) -> [String: JSONValue]
    /// Throws ``DataMasqueError/Code/configuration`` when the value cannot be sent.
    func validate() throws
}

extension ConnectionShape {
    func validate() throws {}

    /// The body of a create or update request: the kept unmodelled fields that are not `null`,
    /// the `version` envelope, then the modelled fields, which win.
    func requestBody() throws -> JSONValue {
        try validate()
        var members = additionalFields.filter { !$0.value.isNull }
        members["version"] = "1.0"
        members["name"] = .string(name)
        members["id"] = id.map(JSONValue.string)
        members.merge(discriminators) { _, fixed in fixed }
        members.merge(modelledFields(keepingNulls: false)) { _, modelled in modelled }
        return .object(members)
    }

    /// Every field the connection has: the server's unmodelled ones as it sent them, `null`s included,
    /// then `id`, `name`, the discriminators and every modelled field that applies to this kind, unset ones as `null`.
    func allFields() throws -> [String: JSONValue] {
        try validate()
        var members = additionalFields
        members["name"] = .string(name)
        members["id"] = id.map(JSONValue.string) ?? .null
        members.merge(discriminators) { _, fixed in fixed }
        members.merge(modelledFields(keepingNulls: true)) { _, modelled in modelled }
        return members
    }

    /// Encodes the connection's request body, as ``Connection/requestBody()`` describes.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   when the connection cannot be sent as it is.
    public func encode(to encoder: any Encoder) throws {
        try requestBody().encode(to: encoder)
    }

    /// The type name and the fields to send, with every secret hidden.
    public var description: String {
        var members = additionalFields.filter { !$0.value.isNull }.merging(modelledFields(keepingNulls: false)) { _, modelled in modelled }
        members["name"] = .string(name)
        members["id"] = id.map(JSONValue.string)
        return "\(Self.self)(\(ConnectionSecrets.redactedText(of: .object(members))))"
    }

    /// Reads `id`, the lock state and the unmodelled fields,
    /// which every kind decodes the same way.
    mutating func decodeServerFields<Keys: CodingKey & CaseIterable>(
        from decoder: any Decoder, modelled: Keys.Type, ignoring ignored: Set<String> = []
    ) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        // Almost every id is text; only another form needs the lenient reading.
        if let text = try? container.decodeIfPresent(String.self, forKey: "id") {
            id = text
        } else {
            id = try container.decodeIdentifierIfPresent(forKey: "id")
        }
        lockState = try ConnectionLockState(from: container)
        additionalFields = try decoder.unmodelledFields(
            excluding: Keys.self, and: { ConnectionSecrets.isServerOnly($0) || (!ignored.isEmpty && ignored.contains($0)) },
            keepingNulls: true)
    }
}
