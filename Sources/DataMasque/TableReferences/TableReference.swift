/// A named pointer to tabular data in a connection:
/// a file in a file connection's fileset, or a `schema.table` in a database.
///
/// Names are unique among live references; deleting one archives it, which frees its name.
///
/// ```swift
/// let reference = try await client.tableReferences.createOrUpdate(
///     TableReference(name: "accounts", connectionID: connection.id!, source: "exports/accounts.csv"))
/// ```
///
/// Encoding a reference produces the body the client sends:
/// `name`, `connection`, `source`, `options` (only when set, then every option)
/// and any fields the server sent that this release does not model.
/// The read-only fields are never sent.
public struct TableReference: Sendable, Hashable, EditableResource {
    /// The reference's name, unique among live references.
    public var name: String
    /// The id of the connection that holds the data (`connection`).
    public var connectionID: String
    /// Where the data is: a path in a file connection, or `schema.table` in a database connection.
    public var source: String
    /// How to read the data; `nil` leaves them to the server:
    /// its defaults on create, the stored options on update.
    public var options: TableReferenceOptions?
    /// The server-assigned identifier; `nil` until stored. Never sent.
    public var id: String?
    /// When it was created, when the server said. Read-only.
    public internal(set) var created: Timestamp?
    /// When it was last changed, when the server said. Read-only.
    public internal(set) var modified: Timestamp?
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]

    /// Creates a table reference to store.
    public init(
        name: String,
        connectionID: String,
        source: String,
        options: TableReferenceOptions? = nil,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.connectionID = connectionID
        self.source = source
        self.options = options
        self.id = id
        self.additionalFields = additionalFields
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case connectionID = "connection"
        case source
        case options
    }

    private enum ServerKeys: String, CodingKey, CaseIterable {
        case id
        case created
        case modified
    }

    private enum ConnectionKeys: String, CodingKey {
        case id
    }

    static let writableKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes a reference as the server sends it; a `connection` object is reduced to its id.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let connectionID: String
        if let nested = try? container.nestedContainer(keyedBy: ConnectionKeys.self, forKey: .connectionID) {
            connectionID = try nested.decodeIdentifierIfPresent(forKey: .id) ?? ""
        } else {
            connectionID = try container.decodeIdentifierIfPresent(forKey: .connectionID) ?? ""
        }
        self.init(
            name: try container.decode(String.self, forKey: .name),
            connectionID: connectionID,
            source: try container.decode(.source, default: ""),
            options: try container.decodeIfPresent(TableReferenceOptions.self, forKey: .options))
        let server = try decoder.container(keyedBy: ServerKeys.self)
        id = try server.decodeIdentifierIfPresent(forKey: .id)
        created = try server.decodeIfPresent(Timestamp.self, forKey: .created)
        modified = try server.decodeIfPresent(Timestamp.self, forKey: .modified)
        let consumed = Self.writableKeys.union(ServerKeys.allCases.map(\.stringValue))
        additionalFields = try decoder.unmodelledFields(excluding: consumed)
    }

    var modelledFields: [String: JSONValue] {
        var body = WireObject<CodingKeys>()
        body.set(.name, name)
        body.set(.connectionID, connectionID)
        body.set(.source, source)
        body.set(.options, options?.requestBody)
        return body.members
    }

    /// Takes the id, dates and the options the server stored, with its defaults filled in.
    mutating func adoptServerFields(of stored: Self) {
        id = stored.id ?? id
        options = stored.options ?? options
        (created, modified) = (stored.created ?? created, stored.modified)
    }
}
