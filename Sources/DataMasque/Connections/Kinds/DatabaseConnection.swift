/// A connection to a generic SQL database:
/// PostgreSQL, MySQL, MariaDB, Oracle, SQL Server, Redshift, Db2, Informix, SAP HANA or Databricks Lakebase.
///
/// ```swift
/// let postgres = DatabaseConnection(
///     name: "pg", databaseType: .postgres,
///     host: "db.example.com", port: 5432, database: "app", user: "masker", password: "secret")
/// ```
///
/// Engines with their own model (DynamoDB, Snowflake, the MongoDB family, Databricks SQL Warehouse,
/// Cassandra, SAP ASE and Salesforce) cannot use this one:
/// sending such a connection throws ``DataMasqueError/Code/configuration``.
///
/// Which optional fields are sent depends on the engine:
/// - `schema` is always sent, as `""` when unset, and always `""` for MySQL and MariaDB, which have no schemas;
/// - ``dataEncoding`` only for PostgreSQL, MySQL, MariaDB and Oracle;
/// - ``s3BucketName`` and ``s3RedshiftIAMRole`` only for Redshift;
/// - ``iamRoleARN`` only for PostgreSQL, MySQL, MariaDB, Oracle, SQL Server, Db2 LUW and Redshift;
/// - ``engineOptions`` only when not empty.
public struct DatabaseConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The database engine (`db_type`).
    public var databaseType: DatabaseType
    /// The database server's host name.
    public var host: String
    /// The database server's port.
    public var port: Int
    /// The database name.
    public var database: String
    /// The user name.
    public var user: String
    /// The password, sent as `dbpassword`; write-only, so always `nil` when read from the server.
    public var password: String?
    /// The schema; ignored for MySQL and MariaDB.
    public var schema: String?
    /// Free-form engine options.
    public var engineOptions: [String: JSONValue]?
    /// The character encoding of the data (PostgreSQL, MySQL, MariaDB and Oracle).
    public var dataEncoding: String?
    /// Whether DataMasque may only read from the database.
    public var isReadOnly: Bool
    /// The S3 bucket Redshift stages data in.
    public var s3BucketName: String?
    /// The IAM role the Redshift cluster uses to reach S3 (`s3_redshift_iam_role`).
    public var s3RedshiftIAMRole: String?
    /// The IAM role DataMasque assumes after a run to tag the underlying AWS resource (`iam_role_arn`).
    public var iamRoleARN: String?
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates a generic SQL connection.
    public init(
        name: String,
        databaseType: DatabaseType,
        host: String,
        port: Int,
        database: String,
        user: String,
        password: String? = nil,
        schema: String? = nil,
        engineOptions: [String: JSONValue]? = nil,
        dataEncoding: String? = nil,
        isReadOnly: Bool = false,
        s3BucketName: String? = nil,
        s3RedshiftIAMRole: String? = nil,
        iamRoleARN: String? = nil,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.databaseType = databaseType
        self.host = host
        self.port = port
        self.database = database
        self.user = user
        self.password = password
        self.schema = schema
        self.engineOptions = engineOptions
        self.dataEncoding = dataEncoding
        self.isReadOnly = isReadOnly
        self.s3BucketName = s3BucketName
        self.s3RedshiftIAMRole = s3RedshiftIAMRole
        self.iamRoleARN = iamRoleARN
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension DatabaseConnection: DatabaseConnectionShape {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, host, port, database, user, schema
        case password = "dbpassword"
        case engineOptions = "engine_options"
        case dataEncoding = "data_encoding"
        case isReadOnly = "is_read_only"
        case s3BucketName = "s3_bucket_name"
        case s3RedshiftIAMRole = "s3_redshift_iam_role"
        case iamRoleARN = "iam_role_arn"
        case databaseType = "db_type"
    }

    /// Engines with their own connection model.
    private static let dedicatedEngines: Set<DatabaseType> = [
        .dynamoDB, .snowflake, .mongoDB, .documentDB, .cosmosDB, .databricks, .cassandra, .sapASE, .salesforce,
    ]
    private static let schemalessEngines: Set<DatabaseType> = [.mysql, .mariadb]
    private static let dataEncodingEngines: Set<DatabaseType> = [.postgres, .mysql, .mariadb, .oracle]
    private static let taggingEngines: Set<DatabaseType> = [.postgres, .mysql, .mariadb, .oracle, .mssql, .db2Luw, .redshift]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let databaseType = try container.decode(DatabaseType.self, forKey: .databaseType)
        try self.init(
            name: container.decode(String.self, forKey: .name),
            databaseType: databaseType,
            host: container.decode(String.self, forKey: .host),
            port: container.decodeLenientInt(.port),
            database: container.decode(String.self, forKey: .database),
            user: container.decode(String.self, forKey: .user),
            schema: Self.schemalessEngines.contains(databaseType)
                ? nil : container.decodeIfPresent(String.self, forKey: .schema),
            engineOptions: container.decodeIfPresent([String: JSONValue].self, forKey: .engineOptions),
            dataEncoding: container.decodeIfPresent(String.self, forKey: .dataEncoding),
            isReadOnly: container.decode(.isReadOnly, default: false),
            s3BucketName: container.decodeIfPresent(String.self, forKey: .s3BucketName),
            s3RedshiftIAMRole: container.decodeIfPresent(String.self, forKey: .s3RedshiftIAMRole),
            iamRoleARN: container.decodeIfPresent(String.self, forKey: .iamRoleARN)
        )
        try decodeServerFields(from: decoder, modelled: CodingKeys.self)
    }

    var kindName: String { "Database" }
    var connection: Connection { .database(self) }
    var wireDatabaseType: DatabaseType { databaseType }

    func validate() throws {
        guard !Self.dedicatedEngines.contains(databaseType) else {
            throw DataMasqueError(
                code: .configuration,
                message: "db_type '\(databaseType)' has its own connection model; DatabaseConnection cannot send it.")
        }
    }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.host, host)
        body.set(.port, port)
        body.set(.database, database)
        body.set(.user, user)
        body.set(.password, password, when: password != nil)
        body.set(.schema, Self.schemalessEngines.contains(databaseType) ? "" : schema ?? "")
        if let engineOptions, !engineOptions.isEmpty { body.set(.engineOptions, .object(engineOptions)) }
        body.set(.dataEncoding, dataEncoding, when: Self.dataEncodingEngines.contains(databaseType))
        body.set(.isReadOnly, isReadOnly)
        body.set(.s3BucketName, s3BucketName, when: databaseType == .redshift)
        body.set(.s3RedshiftIAMRole, s3RedshiftIAMRole, when: databaseType == .redshift)
        body.set(.iamRoleARN, iamRoleARN, when: Self.taggingEngines.contains(databaseType))
        return body.members
    }
}
