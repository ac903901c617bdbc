/// A connection to MongoDB, Amazon DocumentDB or Azure Cosmos DB for MongoDB.
///
/// The three share one set of fields and differ in ``flavor`` and in three defaults:
/// ``port`` (27017, or 10255 for Cosmos DB),
/// ``tls`` (`false`, or `true` for Cosmos DB)
/// and ``retryWrites`` (`true`, or `false` for Cosmos DB).
///
/// The request body always carries `host`, `port`, `database`, `auth_source` and `is_read_only`;
/// the other fields are sent only when they matter:
/// ``tls`` and ``retryWrites`` when they differ from the flavor's default,
/// ``tlsCAFile`` and ``tlsAllowInvalidCertificates`` only with TLS on,
/// ``directConnection`` when `true`,
/// and ``user``, ``password`` and ``replicaSet`` when not empty.
public struct MongoConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Which MongoDB-compatible database this is.
    public enum Flavor: String, Sendable, Hashable, CaseIterable {
        /// MongoDB (`mongodb`).
        case mongoDB = "mongodb"
        /// Amazon DocumentDB (`documentdb`).
        case documentDB = "documentdb"
        /// Azure Cosmos DB for MongoDB (`cosmosdb`).
        case cosmosDB = "cosmosdb"

        /// The flavor's `db_type`.
        public var databaseType: DatabaseType { DatabaseType(rawValue: rawValue) }
        /// The default port: 10255 for Cosmos DB, otherwise 27017.
        public var defaultPort: Int { self == .cosmosDB ? 10255 : 27017 }
        /// Whether TLS is on by default: only for Cosmos DB.
        public var defaultTLS: Bool { self == .cosmosDB }
        /// Whether retryable writes are on by default: all but Cosmos DB.
        public var defaultRetryWrites: Bool { self != .cosmosDB }
    }

    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// Which MongoDB-compatible database this is (`db_type`).
    public var flavor: Flavor
    /// The host name.
    public var host: String
    /// The port.
    public var port: Int
    /// The database name.
    public var database: String
    /// The user name; sent only when not empty.
    public var user: String
    /// The password, sent as `dbpassword` when not empty; write-only, so always `nil` when read from the server.
    public var password: String?
    /// The authentication database (`auth_source`).
    public var authSource: String
    /// Whether to connect over TLS.
    public var tls: Bool
    /// The path of a CA bundle for TLS (`tls_ca_file`).
    public var tlsCAFile: String
    /// Whether to accept invalid TLS certificates.
    public var tlsAllowInvalidCertificates: Bool
    /// Whether to connect to the given host only, not the replica set it belongs to.
    public var directConnection: Bool
    /// Whether to use retryable writes; DocumentDB and Cosmos DB reject them.
    public var retryWrites: Bool
    /// The replica set name.
    public var replicaSet: String
    /// Whether DataMasque may only read from the database.
    public var isReadOnly: Bool
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates a MongoDB-family connection;
    /// `port`, `tls` and `retryWrites` default to the flavor's defaults.
    public init(
        name: String,
        flavor: Flavor = .mongoDB,
        host: String = "",
        port: Int? = nil,
        database: String = "",
        user: String = "",
        password: String? = nil,
        authSource: String = "admin",
        tls: Bool? = nil,
        tlsCAFile: String = "",
        tlsAllowInvalidCertificates: Bool = false,
        directConnection: Bool = false,
        retryWrites: Bool? = nil,
        replicaSet: String = "",
        isReadOnly: Bool = false,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.flavor = flavor
        self.host = host
        self.port = port ?? flavor.defaultPort
        self.database = database
        self.user = user
        self.password = password
        self.authSource = authSource
        self.tls = tls ?? flavor.defaultTLS
        self.tlsCAFile = tlsCAFile
        self.tlsAllowInvalidCertificates = tlsAllowInvalidCertificates
        self.directConnection = directConnection
        self.retryWrites = retryWrites ?? flavor.defaultRetryWrites
        self.replicaSet = replicaSet
        self.isReadOnly = isReadOnly
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension MongoConnection: DatabaseConnectionShape {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, host, port, database, user, tls
        case flavor = "db_type"
        case password = "dbpassword"
        case authSource = "auth_source"
        case tlsCAFile = "tls_ca_file"
        case tlsAllowInvalidCertificates = "tls_allow_invalid_certificates"
        case directConnection = "direct_connection"
        case retryWrites = "retry_writes"
        case replicaSet = "replica_set"
        case isReadOnly = "is_read_only"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rawFlavor = try container.decode(String.self, forKey: .flavor)
        guard let flavor = Flavor(rawValue: rawFlavor) else {
            throw DecodingError.dataCorruptedError(
                forKey: .flavor, in: container, debugDescription: "'\(rawFlavor)' is not a MongoDB-family db_type.")
        }
        try self.init(
            name: container.decode(String.self, forKey: .name),
            flavor: flavor,
            host: container.decode(.host, default: ""),
            port: container.decodeLenientIntIfPresent(forKey: .port),
            database: container.decode(.database, default: ""),
            user: container.decode(.user, default: ""),
            authSource: container.decode(.authSource, default: "admin"),
            tls: container.decodeIfPresent(Bool.self, forKey: .tls),
            tlsCAFile: container.decode(.tlsCAFile, default: ""),
            tlsAllowInvalidCertificates: container.decode(.tlsAllowInvalidCertificates, default: false),
            directConnection: container.decode(.directConnection, default: false),
            retryWrites: container.decodeIfPresent(Bool.self, forKey: .retryWrites),
            replicaSet: container.decode(.replicaSet, default: ""),
            isReadOnly: container.decode(.isReadOnly, default: false)
        )
        try decodeServerFields(from: decoder, modelled: CodingKeys.self)
    }

    var kindName: String {
        switch flavor {
        case .mongoDB: "Mongo"
        case .documentDB: "DocumentDb"
        case .cosmosDB: "CosmosDb"
        }
    }

    var connection: Connection { .mongo(self) }
    var wireDatabaseType: DatabaseType { flavor.databaseType }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.host, host)
        body.set(.port, port)
        body.set(.database, database)
        body.set(.user, user, when: !user.isEmpty)
        body.set(.password, password, when: password?.isEmpty == false)
        body.set(.authSource, authSource)
        body.set(.tls, tls, when: tls != flavor.defaultTLS)
        body.set(.tlsCAFile, tlsCAFile, when: tls && !tlsCAFile.isEmpty)
        body.set(.tlsAllowInvalidCertificates, true, when: tls && tlsAllowInvalidCertificates)
        body.set(.directConnection, true, when: directConnection)
        body.set(.retryWrites, retryWrites, when: retryWrites != flavor.defaultRetryWrites)
        body.set(.replicaSet, replicaSet, when: !replicaSet.isEmpty)
        body.set(.isReadOnly, isReadOnly)
        return body.members
    }
}
