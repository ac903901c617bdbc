/// A connection to Snowflake (`snowflake`).
///
/// Authenticate with a ``password``,
/// or with a key pair: ``privateKeyFileID`` names a key file uploaded to DataMasque,
/// optionally with its ``privateKeyPassphrase``.
/// When DataMasque runs inside Snowflake SPCS,
/// ``user``, ``accountID`` and ``warehouse`` may be left unset.
///
/// `schema` is always sent, as `""` when unset.
/// The external-stage fields that servers before 3.26.18 send are not kept;
/// only ``stageLocation`` is read, for information.
public struct SnowflakeConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The database name.
    public var database: String
    /// The user name; `nil` under SPCS, where the container's identity is used.
    public var user: String?
    /// The Snowflake account identifier (`snowflake_account_id`); `nil` under SPCS.
    public var accountID: String?
    /// The warehouse (`snowflake_warehouse`); `nil` under SPCS.
    public var warehouse: String?
    /// The host name.
    public var host: String
    /// The port.
    public var port: Int?
    /// The schema.
    public var schema: String?
    /// The role (`snowflake_role`).
    public var role: String
    /// Whether DataMasque may only read from the database.
    public var isReadOnly: Bool
    /// The password, sent as `dbpassword`; write-only, so always `nil` when read from the server.
    public var password: String?
    /// The identifier of an uploaded Snowflake key file (`snowflake_private_key`).
    public var privateKeyFileID: String?
    /// The key file's passphrase (`snowflake_private_key_passphrase`); write-only.
    public var privateKeyPassphrase: String?
    /// Where a server before 3.26.18 stages data; read-only and never sent.
    public internal(set) var stageLocation: SnowflakeStageLocation?
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates a Snowflake connection.
    public init(
        name: String,
        database: String,
        user: String? = nil,
        accountID: String? = nil,
        warehouse: String? = nil,
        host: String = "",
        port: Int? = nil,
        schema: String? = nil,
        role: String = "",
        isReadOnly: Bool = false,
        password: String? = nil,
        privateKeyFileID: String? = nil,
        privateKeyPassphrase: String? = nil,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.database = database
        self.user = user
        self.accountID = accountID
        self.warehouse = warehouse
        self.host = host
        self.port = port
        self.schema = schema
        self.role = role
        self.isReadOnly = isReadOnly
        self.password = password
        self.privateKeyFileID = privateKeyFileID
        self.privateKeyPassphrase = privateKeyPassphrase
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension SnowflakeConnection: DatabaseConnectionShape {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, database, user, host, port, schema
        case accountID = "snowflake_account_id"
        case warehouse = "snowflake_warehouse"
        case role = "snowflake_role"
        case isReadOnly = "is_read_only"
        case password = "dbpassword"
        case privateKeyFileID = "snowflake_private_key"
        case privateKeyPassphrase = "snowflake_private_key_passphrase"
        case stageLocation = "snowflake_stage_location"
    }

    /// External-stage keys of servers before 3.26.18, dropped on decode.
    private static let obsoleteStageKeys: Set<String> = [
        "s3_bucket_name", "iam_role_arn", "snowflake_azure_container_name",
        "snowflake_azure_connection_string", "snowflake_storage_integration_name",
    ]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: container.decode(String.self, forKey: .name),
            database: container.decode(String.self, forKey: .database),
            user: container.decodeIfPresent(String.self, forKey: .user),
            accountID: container.decodeIfPresent(String.self, forKey: .accountID),
            warehouse: container.decodeIfPresent(String.self, forKey: .warehouse),
            host: container.decode(.host, default: ""),
            port: container.decodeLenientIntIfPresent(forKey: .port),
            schema: container.decodeIfPresent(String.self, forKey: .schema),
            role: container.decode(.role, default: ""),
            isReadOnly: container.decode(.isReadOnly, default: false),
            privateKeyFileID: container.decodeIdentifierIfPresent(forKey: .privateKeyFileID)
        )
        stageLocation = try container.decodeIfPresent(SnowflakeStageLocation.self, forKey: .stageLocation)
        try decodeServerFields(from: decoder, modelled: CodingKeys.self, ignoring: Self.obsoleteStageKeys)
    }

    var kindName: String { "Snowflake" }
    var connection: Connection { .snowflake(self) }
    var wireDatabaseType: DatabaseType { .snowflake }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.database, database)
        body.set(.user, user)
        body.set(.accountID, accountID)
        body.set(.warehouse, warehouse)
        body.set(.host, host)
        body.set(.port, port)
        body.set(.schema, schema ?? "")
        body.set(.role, role)
        body.set(.isReadOnly, isReadOnly)
        body.set(.password, password, when: password != nil)
        body.set(.privateKeyFileID, privateKeyFileID)
        body.set(.privateKeyPassphrase, privateKeyPassphrase)
        return body.members
    }
}
