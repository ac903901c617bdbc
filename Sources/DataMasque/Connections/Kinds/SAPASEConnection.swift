/// A connection to SAP Adaptive Server Enterprise, formerly Sybase (`sap_ase`); needs server 3.26.19 or later.
///
/// It has no schema field: in ASE the table owner plays that role.
public struct SAPASEConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The server's host name.
    public var host: String
    /// The port.
    public var port: Int
    /// The database name.
    public var database: String
    /// The user name.
    public var user: String
    /// The password, sent as `dbpassword`; write-only, so always `nil` when read from the server.
    public var password: String?
    /// Whether to connect over TLS, which always verifies the server certificate.
    public var tls: Bool
    /// The host name to check the server certificate against, in place of ``host`` (`tls_server_name`).
    public var tlsServerName: String?
    /// The connection timeout, in seconds (`connect_timeout`).
    public var connectTimeout: Int?
    /// Whether DataMasque may only read from the database.
    public var isReadOnly: Bool
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates a SAP ASE connection.
    public init(
        name: String,
        host: String,
        port: Int = 5000,
        database: String,
        user: String,
        password: String? = nil,
        tls: Bool = false,
        tlsServerName: String? = nil,
        connectTimeout: Int? = nil,
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
        self.tls = tls
        self.tlsServerName = tlsServerName
        self.connectTimeout = connectTimeout
        self.isReadOnly = isReadOnly
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension SAPASEConnection: DatabaseConnectionShape {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, host, port, database, user, tls
        case password = "dbpassword"
        case tlsServerName = "tls_server_name"
        case connectTimeout = "connect_timeout"
        case isReadOnly = "is_read_only"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: container.decode(String.self, forKey: .name),
            host: container.decode(String.self, forKey: .host),
            port: container.decodeLenientInt(.port, default: 5000),
            database: container.decode(String.self, forKey: .database),
            user: container.decode(String.self, forKey: .user),
            tls: container.decode(.tls, default: false),
            tlsServerName: container.decodeIfPresent(String.self, forKey: .tlsServerName),
            connectTimeout: container.decodeLenientIntIfPresent(forKey: .connectTimeout),
            isReadOnly: container.decode(.isReadOnly, default: false)
        )
        try decodeServerFields(from: decoder, modelled: CodingKeys.self)
    }

    var kindName: String { "SapAse" }
    var connection: Connection { .sapASE(self) }
    var wireDatabaseType: DatabaseType { .sapASE }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.host, host)
        body.set(.port, port)
        body.set(.database, database)
        body.set(.user, user)
        body.set(.password, password, when: password != nil)
        body.set(.tls, tls)
        body.set(.tlsServerName, tlsServerName)
        body.set(.connectTimeout, connectTimeout)
        body.set(.isReadOnly, isReadOnly)
        return body.members
    }
}
