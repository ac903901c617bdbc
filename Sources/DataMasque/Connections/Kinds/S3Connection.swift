/// A connection to an Amazon S3 bucket (`s3_connection`).
public struct S3Connection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The bucket name.
    public var bucket: String
    /// The IAM role DataMasque assumes to reach the bucket (`iam_role_arn`).
    public var iamRoleARN: String?
    /// The directory within the bucket that masking works in (`base_directory`).
    public var baseDirectory: String
    /// Whether the connection may be the source of a file masking run.
    public var isFileMaskSource: Bool
    /// Whether the connection may be the destination of a file masking run.
    public var isFileMaskDestination: Bool
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates an S3 connection.
    public init(
        name: String,
        bucket: String = "",
        iamRoleARN: String? = nil,
        baseDirectory: String = "",
        isFileMaskSource: Bool = false,
        isFileMaskDestination: Bool = false,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.bucket = bucket
        self.iamRoleARN = iamRoleARN
        self.baseDirectory = baseDirectory
        self.isFileMaskSource = isFileMaskSource
        self.isFileMaskDestination = isFileMaskDestination
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension S3Connection: FileConnectionShape {
    static let fileType = "s3_connection"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, bucket
        case iamRoleARN = "iam_role_arn"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: container.decode(String.self, forKey: .name),
            bucket: container.decode(.bucket, default: ""),
            iamRoleARN: container.decodeIfPresent(String.self, forKey: .iamRoleARN))
        try decodeFileAndServerFields(from: decoder, modelled: CodingKeys.self)
    }

    var kindName: String { "S3" }
    var connection: Connection { .s3(self) }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.bucket, bucket)
        body.set(.iamRoleARN, iamRoleARN)
        return fileFields(keepingNulls: keepingNulls).merging(body.members) { _, own in own }
    }
}
