/// A connection to Apache Cassandra (`cassandra`); needs server 3.26.19 or later.
public struct CassandraConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// A contact point's host name.
    public var host: String
    /// The port.
    public var port: Int
    /// The keyspace.
    public var database: String
    /// The user name; a user needs a password.
    public var user: String?
    /// The password, sent as `dbpassword`; write-only, so always `nil` when read from the server.
    public var password: String?
    /// The local datacenter (`local_datacenter`).
    public var localDatacenter: String?
    /// Whether to connect over TLS.
    public var tls: Bool
    /// Whether to use the given host only,
    /// for when the nodes' advertised addresses are unreachable (NAT, containers).
    public var directConnection: Bool
    /// Whether DataMasque may only read from the database.
    public var isReadOnly: Bool
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates a Cassandra connection.
    public init(
        name: String,
        host: String,
        port: Int = 9042,
        database: String,
        user: String? = nil,
        password: String? = nil,
        localDatacenter: String? = nil,
        tls: Bool = false,
        directConnection: Bool = false,
        isReadOnly: Bool = false,
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
        self.localDatacenter = localDatacenter
        self.tls = tls
        self.directConnection = directConnection
        self.isReadOnly = isReadOnly
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension CassandraConnection: DatabaseConnectionShape {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, host, port, database, user, tls
        case password = "dbpassword"
        case localDatacenter = "local_datacenter"
        case directConnection = "direct_connection"
        case isReadOnly = "is_read_only"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: container.decode(String.self, forKey: .name),
            host: container.decode(String.self, forKey: .host),
            port: container.decodeLenientInt(.port, default: 9042),
            database: container.decode(String.self, forKey: .database),
            user: container.decodeIfPresent(String.self, forKey: .user),
            localDatacenter: container.decodeIfPresent(String.self, forKey: .localDatacenter),
            tls: container.decode(.tls, default: false),
            directConnection: container.decode(.directConnection, default: false),
            isReadOnly: container.decode(.isReadOnly, default: false)
        )
        try decodeServerFields(from: decoder, modelled: CodingKeys.self)
    }

    var kindName: String { "Cassandra" }
    var connection: Connection { .cassandra(self) }
    var wireDatabaseType: DatabaseType { .cassandra }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.host, host)
        body.set(.port, port)
        body.set(.database, database)
        body.set(.user, user)
        body.set(.password, password, when: password != nil)
        body.set(.localDatacenter, localDatacenter)
        body.set(.tls, tls)
        body.set(.directConnection, directConnection)
        body.set(.isReadOnly, isReadOnly)
        return body.members
    }
}
