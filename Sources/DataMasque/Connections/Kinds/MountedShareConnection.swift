/// A connection to a file share mounted on the DataMasque host (`mounted_share_connection`).
public struct MountedShareConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The directory within the share that masking works in (`base_directory`).
    public var baseDirectory: String
    /// Whether the connection may be the source of a file masking run.
    public var isFileMaskSource: Bool
    /// Whether the connection may be the destination of a file masking run.
    public var isFileMaskDestination: Bool
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates a mounted-share connection.
    public init(
        name: String,
        baseDirectory: String = "",
        isFileMaskSource: Bool = false,
        isFileMaskDestination: Bool = false,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.baseDirectory = baseDirectory
        self.isFileMaskSource = isFileMaskSource
        self.isFileMaskDestination = isFileMaskDestination
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension MountedShareConnection: FileConnectionShape {
    static let fileType = "mounted_share_connection"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name))
        try decodeFileAndServerFields(from: decoder, modelled: CodingKeys.self)
    }

    var kindName: String { "MountedShare" }
    var connection: Connection { .mountedShare(self) }
    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] { fileFields(keepingNulls: keepingNulls) }
}
