/// A connection as a run record names it: its id, when the server gave one, and its name.
public struct RunConnection: Sendable, Hashable, Codable {
    /// The connection's id, when the server gave one.
    public var id: String?
    /// The connection's name.
    public var name: String

    /// Creates a run's connection reference.
    public init(id: String? = nil, name: String) {
        self.id = id
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case id
        case name
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIdentifierIfPresent(forKey: .id)
        name = try container.decode(String.self, forKey: .name)
    }
}

extension RunConnection {
    /// The wire keys a run's connection is read from: `key` and `key_name`.
    static func wireKeys(_ key: String) -> [String] {
        [key, key + "_name"]
    }

    /// Reads the connection under `key`, nested as `{"id", "name"}` or flat as `key` (the id) plus `key_name`.
    ///
    /// - Returns: `nil` when there is no name, or when it is empty and `emptyMeansAbsent`.
    static func decode(
        _ key: String,
        from container: KeyedDecodingContainer<AnyCodingKey>,
        emptyMeansAbsent: Bool
    ) throws -> RunConnection? {
        let idKey = AnyCodingKey(stringValue: key)
        if case .object? = try container.decodeIfPresent(JSONValue.self, forKey: idKey) {
            return try container.decode(RunConnection.self, forKey: idKey)
        }
        let nameKey = AnyCodingKey(stringValue: key + "_name")
        guard let name = try container.decodeIfPresent(String.self, forKey: nameKey),
            !(emptyMeansAbsent && name.isEmpty)
        else { return nil }
        return RunConnection(id: try container.decodeIdentifierIfPresent(forKey: idKey), name: name)
    }

    /// Reads the required source connection under `source_connection`.
    static func source(from container: KeyedDecodingContainer<AnyCodingKey>) throws -> RunConnection {
        guard let source = try decode("source_connection", from: container, emptyMeansAbsent: false) else {
            throw DecodingError.keyNotFound(
                AnyCodingKey(stringValue: "source_connection_name"),
                DecodingError.Context(
                    codingPath: container.codingPath, debugDescription: "A run record needs its source connection's name."))
        }
        return source
    }

    /// Reads the optional destination under `destination_connection`; an empty name means none.
    static func destination(from container: KeyedDecodingContainer<AnyCodingKey>) throws -> RunConnection? {
        try decode("destination_connection", from: container, emptyMeansAbsent: true)
    }

    /// Writes the connection flat under `key`, as the server sends it.
    func encodeFlat(_ key: String, into container: inout KeyedEncodingContainer<AnyCodingKey>) throws {
        try container.encodeIfPresent(id, forKey: AnyCodingKey(stringValue: key))
        try container.encode(name, forKey: AnyCodingKey(stringValue: key + "_name"))
    }
}
