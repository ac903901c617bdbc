/// A connection to a Google Cloud Storage bucket (`gcs_connection`); needs server 3.26.19 or later.
public struct GCSConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The bucket name.
    public var bucket: String
    /// The full JSON of a GCP service-account key,
    /// or the ARN of an AWS Secrets Manager secret that holds it (`service_account_key`);
    /// write-only, so always `nil` when read from the server.
    public var serviceAccountKey: String?
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

    /// Creates a Google Cloud Storage connection.
    public init(
        name: String,
        bucket: String = "",
        serviceAccountKey: String? = nil,
        baseDirectory: String = "",
        isFileMaskSource: Bool = false,
        isFileMaskDestination: Bool = false,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.bucket = bucket
        self.serviceAccountKey = serviceAccountKey
        self.baseDirectory = baseDirectory
        self.isFileMaskSource = isFileMaskSource
        self.isFileMaskDestination = isFileMaskDestination
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension GCSConnection: FileConnectionShape {
    static let fileType = "gcs_connection"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, bucket
        case serviceAccountKey = "service_account_key"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(name: container.decode(String.self, forKey: .name), bucket: container.decode(.bucket, default: ""))
        try decodeFileAndServerFields(from: decoder, modelled: CodingKeys.self)
    }

    var kindName: String { "Gcs" }
    var connection: Connection { .gcs(self) }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.bucket, bucket)
        body.set(.serviceAccountKey, serviceAccountKey)
        return fileFields(keepingNulls: keepingNulls).merging(body.members) { _, own in own }
    }
}
