extension Connection: Codable {
    /// Reads a connection object, choosing the kind from `mask_type` and then `db_type` or `type`.
    ///
    /// An unknown kind, or a known kind whose fields do not fit, becomes ``unknown(_:)``.
    /// - Throws: `DecodingError` only when the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let container: KeyedDecodingContainer<AnyCodingKey>
        do {
            container = try decoder.container(keyedBy: AnyCodingKey.self)
        } catch {
            throw DecodingError.typeMismatch(
                Connection.self,
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "A connection must be a JSON object."))
        }
        guard container.string("name") != nil else {
            throw DecodingError.keyNotFound(
                AnyCodingKey(stringValue: "name"),
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Every connection has a name."))
        }
        // The kind's model reads the object directly;
        // only a connection that fits no model is read a second time, as JSON.
        let known = try? Self.decodeKnownKind(
            maskType: container.string("mask_type"), databaseType: container.string("db_type"),
            fileType: container.string("type"), from: decoder)
        self = try known ?? .unknown(JSONValue(from: decoder))
    }

    /// Encodes the ``requestBody()``.
    ///
    /// - Throws: the errors of ``requestBody()``.
    public func encode(to encoder: any Encoder) throws {
        try requestBody().encode(to: encoder)
    }

    private static func decodeKnownKind(
        maskType: String?, databaseType: String?, fileType: String?, from decoder: any Decoder
    ) throws -> Connection? {
        switch maskType {
        case "file": try decodeFileKind(fileType, from: decoder)
        case "database": try databaseType.flatMap { try decodeDatabaseKind(DatabaseType(rawValue: $0), from: decoder) }
        default: nil
        }
    }

    private static func decodeFileKind(_ type: String?, from decoder: any Decoder) throws -> Connection? {
        switch type {
        case S3Connection.fileType: .s3(try S3Connection(from: decoder))
        case AzureBlobConnection.fileType: .azureBlob(try AzureBlobConnection(from: decoder))
        case GCSConnection.fileType: .gcs(try GCSConnection(from: decoder))
        case MountedShareConnection.fileType: .mountedShare(try MountedShareConnection(from: decoder))
        default: nil
        }
    }

    private static func decodeDatabaseKind(_ databaseType: DatabaseType, from decoder: any Decoder) throws -> Connection? {
        switch databaseType {
        case .dynamoDB: .dynamo(try DynamoConnection(from: decoder))
        case .mongoDB, .documentDB, .cosmosDB: .mongo(try MongoConnection(from: decoder))
        case .snowflake: .snowflake(try SnowflakeConnection(from: decoder))
        case .mssqlLinked: .mssqlLinkedServer(try MSSQLLinkedServerConnection(from: decoder))
        case .databricks: .databricks(try DatabricksConnection(from: decoder))
        case .cassandra: .cassandra(try CassandraConnection(from: decoder))
        case .sapASE: .sapASE(try SAPASEConnection(from: decoder))
        case .salesforce: .salesforce(try SalesforceConnection(from: decoder))
        case .unknown: nil
        default: .database(try DatabaseConnection(from: decoder))
        }
    }
}

extension KeyedDecodingContainer<AnyCodingKey> {
    /// The member `key` when it is a string; `nil` when it is absent or anything else.
    fileprivate func string(_ key: AnyCodingKey) -> String? {
        (try? decodeIfPresent(String.self, forKey: key)) ?? nil
    }
}
