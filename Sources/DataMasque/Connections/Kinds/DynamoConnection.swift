/// A connection to Amazon DynamoDB (`dynamo_db`).
///
/// The request body also carries the placeholders the server requires:
/// `host`, `user`, `password`, `database` and `schema` as `""`, and `"port": null`.
public struct DynamoConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The S3 bucket DataMasque stages data in.
    public var s3BucketName: String?
    /// Whether to append the date and time to masked table names (`dynamo_append_datetime`).
    public var appendDatetime: Bool
    /// The suffix for masked table names (`dynamo_append_suffix`).
    public var appendSuffix: String
    /// Whether masked tables replace the originals (`dynamo_replace_tables`).
    public var replaceTables: Bool
    /// The default AWS region (`dynamo_default_region`).
    public var defaultRegion: String?
    /// How masked tables are encrypted (`dynamo_default_sse`).
    ///
    /// A setting that breaks the KMS key rule is read as the server sent it,
    /// and fails only when a request is built; see ``SSEConfiguration``.
    public var defaultSSE: SSEConfiguration
    /// The IAM role DataMasque assumes (`iam_role_arn`).
    public var iamRoleARN: String?
    /// The S3 prefix for table exports.
    public var exportS3Prefix: String?
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates a DynamoDB connection.
    public init(
        name: String,
        s3BucketName: String? = nil,
        appendDatetime: Bool = false,
        appendSuffix: String = "-MASKED",
        replaceTables: Bool = true,
        defaultRegion: String? = nil,
        defaultSSE: SSEConfiguration = .dynamoDBOwned,
        iamRoleARN: String? = nil,
        exportS3Prefix: String? = nil,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.s3BucketName = s3BucketName
        self.appendDatetime = appendDatetime
        self.appendSuffix = appendSuffix
        self.replaceTables = replaceTables
        self.defaultRegion = defaultRegion
        self.defaultSSE = defaultSSE
        self.iamRoleARN = iamRoleARN
        self.exportS3Prefix = exportS3Prefix
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension DynamoConnection: DatabaseConnectionShape {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case s3BucketName = "s3_bucket_name"
        case appendDatetime = "dynamo_append_datetime"
        case appendSuffix = "dynamo_append_suffix"
        case replaceTables = "dynamo_replace_tables"
        case defaultRegion = "dynamo_default_region"
        case defaultSSE = "dynamo_default_sse"
        case iamRoleARN = "iam_role_arn"
        case exportS3Prefix = "export_s3_prefix"
    }

    /// The placeholder fields the server requires of a DynamoDB connection.
    private static let placeholders: [String: JSONValue] = [
        "host": "", "port": .null, "user": "", "password": "", "database": "", "schema": "",
    ]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: container.decode(String.self, forKey: .name),
            s3BucketName: container.decodeIfPresent(String.self, forKey: .s3BucketName),
            appendDatetime: container.decode(.appendDatetime, default: false),
            appendSuffix: container.decode(.appendSuffix, default: "-MASKED"),
            replaceTables: container.decode(.replaceTables, default: true),
            defaultRegion: container.decodeIfPresent(String.self, forKey: .defaultRegion),
            defaultSSE: container.decode(.defaultSSE, default: .dynamoDBOwned),
            iamRoleARN: container.decodeIfPresent(String.self, forKey: .iamRoleARN),
            exportS3Prefix: container.decodeIfPresent(String.self, forKey: .exportS3Prefix)
        )
        try decodeServerFields(from: decoder, modelled: CodingKeys.self, ignoring: Set(Self.placeholders.keys))
    }

    var kindName: String { "Dynamo" }
    var connection: Connection { .dynamo(self) }
    var wireDatabaseType: DatabaseType { .dynamoDB }

    func validate() throws {
        try defaultSSE.validate()
    }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.s3BucketName, s3BucketName)
        body.set(.appendDatetime, appendDatetime)
        body.set(.appendSuffix, appendSuffix)
        body.set(.replaceTables, replaceTables)
        body.set(.defaultRegion, defaultRegion)
        body.set(.defaultSSE, defaultSSE.jsonValue)
        body.set(.iamRoleARN, iamRoleARN)
        body.set(.exportS3Prefix, exportS3Prefix)
        return body.members.merging(Self.placeholders) { modelled, _ in modelled }
    }
}
