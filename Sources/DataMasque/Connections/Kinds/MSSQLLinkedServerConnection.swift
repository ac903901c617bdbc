/// A connection to tables reached through a Microsoft SQL Server linked server (`mssql_linked`).
///
/// It has the fields of a SQL Server ``DatabaseConnection`` plus ``linkedServer``;
/// `schema` is always sent, as `""` when unset.
public struct MSSQLLinkedServerConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The SQL Server's host name.
    public var host: String
    /// The SQL Server's port.
    public var port: Int
    /// The database name.
    public var database: String
    /// The user name.
    public var user: String
    /// The password, sent as `dbpassword`; write-only, so always `nil` when read from the server.
    public var password: String?
    /// The schema.
    public var schema: String?
    /// Free-form engine options, sent only when not empty.
    public var engineOptions: [String: JSONValue]?
    /// Whether DataMasque may only read from the database.
    public var isReadOnly: Bool
    /// The linked-server reference, such as `name.database.schema`.
    public var linkedServer: String
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates a linked-server connection.
    public init(
        name: String,
        host: String,
        port: Int,
        database: String,
        user: String,
        password: String? = nil,
        schema: String? = nil,
        engineOptions: [String: JSONValue]? = nil,
        isReadOnly: Bool = false,
        linkedServer: String = "",
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.host = host
        self.port = port
        self.database = database
        self.user = user
        self.password = password
        self.schema = schema
        self.engineOptions = engineOptions
        self.isReadOnly = isReadOnly
        self.linkedServer = linkedServer
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension MSSQLLinkedServerConnection: DatabaseConnectionShape {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case linkedServer = "linked_server"
    }

    public init(from decoder: any Decoder) throws {
        let sql = try DatabaseConnection(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: sql.name, host: sql.host, port: sql.port, database: sql.database, user: sql.user,
            schema: sql.schema, engineOptions: sql.engineOptions, isReadOnly: sql.isReadOnly,
            linkedServer: try container.decode(.linkedServer, default: ""),
            id: sql.id, additionalFields: sql.additionalFields.filter { $0.key != CodingKeys.linkedServer.rawValue })
        lockState = sql.lockState
    }

    var kindName: String { "MssqlLinkedServer" }
    var connection: Connection { .mssqlLinkedServer(self) }
    var wireDatabaseType: DatabaseType { .mssqlLinked }

    /// The generic SQL fields, which follow the generic rules for `mssql_linked`.
    private var sqlFields: DatabaseConnection {
        DatabaseConnection(
            name: name, databaseType: .mssqlLinked, host: host, port: port, database: database, user: user,
            password: password, schema: schema, engineOptions: engineOptions, isReadOnly: isReadOnly)
    }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var fields = sqlFields.modelledFields(keepingNulls: keepingNulls)
        fields[CodingKeys.linkedServer.rawValue] = .string(linkedServer)
        return fields
    }
}
