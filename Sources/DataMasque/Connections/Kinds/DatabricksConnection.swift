/// A connection to a Databricks SQL Warehouse (`databricks`).
///
/// Databricks Lakebase is a different engine;
/// use ``DatabaseConnection`` with ``DatabaseType/databricksLakebase`` for it.
public struct DatabricksConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The workspace host name (`server_hostname`).
    public var serverHostname: String
    /// The warehouse's HTTP path, such as `/sql/1.0/warehouses/…`.
    public var httpPath: String
    /// A personal access token (`access_token`); write-only, so always `nil` when read from the server.
    public var accessToken: String?
    /// The catalog.
    public var catalog: String
    /// The schema; sent only when set.
    public var schema: String?
    /// Whether DataMasque may only read from the database.
    public var isReadOnly: Bool
    /// The connection format version, which replaces the request envelope's `version`.
    public var version: String
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates a Databricks SQL Warehouse connection.
    public init(
        name: String,
        serverHostname: String,
        httpPath: String,
        accessToken: String? = nil,
        catalog: String,
        schema: String? = nil,
        isReadOnly: Bool = false,
        version: String = "1.0",
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.serverHostname = serverHostname
        self.httpPath = httpPath
        self.accessToken = accessToken
        self.catalog = catalog
        self.schema = schema
        self.isReadOnly = isReadOnly
        self.version = version
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension DatabricksConnection: DatabaseConnectionShape {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, catalog, schema, version
        case serverHostname = "server_hostname"
        case httpPath = "http_path"
        case accessToken = "access_token"
        case isReadOnly = "is_read_only"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: container.decode(String.self, forKey: .name),
            serverHostname: container.decode(String.self, forKey: .serverHostname),
            httpPath: container.decode(String.self, forKey: .httpPath),
            catalog: container.decode(String.self, forKey: .catalog),
            schema: container.decodeIfPresent(String.self, forKey: .schema),
            isReadOnly: container.decode(.isReadOnly, default: false),
            version: container.decode(.version, default: "1.0")
        )
        try decodeServerFields(from: decoder, modelled: CodingKeys.self)
    }

    var kindName: String { "Databricks" }
    var connection: Connection { .databricks(self) }
    var wireDatabaseType: DatabaseType { .databricks }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.serverHostname, serverHostname)
        body.set(.httpPath, httpPath)
        body.set(.accessToken, accessToken)
        body.set(.catalog, catalog)
        body.set(.schema, schema)
        body.set(.isReadOnly, isReadOnly)
        body.set(.version, version)
        return body.members
    }
}
