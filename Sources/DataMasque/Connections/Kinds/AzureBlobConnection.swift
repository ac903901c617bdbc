/// A connection to an Azure Blob Storage container (`azure_blob_connection`).
public struct AzureBlobConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The container name.
    public var container: String
    /// The storage account's connection string (`connection_string`);
    /// write-only, so always `nil` when read from the server.
    public var connectionString: String?
    /// The directory within the container that masking works in (`base_directory`).
    public var baseDirectory: String
    /// Whether the connection may be the source of a file masking run.
    public var isFileMaskSource: Bool
    /// Whether the connection may be the destination of a file masking run.
    public var isFileMaskDestination: Bool
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates an Azure Blob Storage connection.
    public init(
        name: String,
        container: String = "",
        connectionString: String? = nil,
        baseDirectory: String = "",
        isFileMaskSource: Bool = false,
        isFileMaskDestination: Bool = false,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.container = container
        self.connectionString = connectionString
        self.baseDirectory = baseDirectory
        self.isFileMaskSource = isFileMaskSource
        self.isFileMaskDestination = isFileMaskDestination
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension AzureBlobConnection: FileConnectionShape {
    static let fileType = "azure_blob_connection"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, container
        case connectionString = "connection_string"
    }

    public init(from decoder: any Decoder) throws {
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: keyed.decode(String.self, forKey: .name),
            container: keyed.decode(.container, default: ""))
        try decodeFileAndServerFields(from: decoder, modelled: CodingKeys.self)
    }

    var kindName: String { "Azure" }
    var connection: Connection { .azureBlob(self) }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.container, container)
        body.set(.connectionString, connectionString)
        return fileFields(keepingNulls: keepingNulls).merging(body.members) { _, own in own }
    }
}
