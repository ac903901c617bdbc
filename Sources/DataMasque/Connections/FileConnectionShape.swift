/// A file connection kind, tagged `"mask_type": "file"` and its `type`,
/// with the fields every file connection has.
protocol FileConnectionShape: ConnectionShape {
    static var fileType: String { get }
    var baseDirectory: String { get set }
    var isFileMaskSource: Bool { get set }
    var isFileMaskDestination: Bool { get set }
}

/// The wire keys of the fields every file connection has.
enum FileConnectionKeys: String, CodingKey, CaseIterable {
    case baseDirectory = "base_directory"
    case isFileMaskSource = "is_file_mask_source"
    case isFileMaskDestination = "is_file_mask_destination"
}

extension FileConnectionShape {
    var discriminators: [String: JSONValue] {
        ["mask_type": "file", "type": .string(Self.fileType)]
    }

    /// The request members every file connection has.
    func fileFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<FileConnectionKeys>(keepingNulls: keepingNulls)
        body.set(.baseDirectory, baseDirectory)
        body.set(.isFileMaskSource, isFileMaskSource)
        body.set(.isFileMaskDestination, isFileMaskDestination)
        return body.members
    }

    /// Reads the common file fields, then what ``ConnectionShape/decodeServerFields(from:modelled:ignoring:)`` reads.
    mutating func decodeFileAndServerFields<Keys: CodingKey & CaseIterable>(
        from decoder: any Decoder, modelled: Keys.Type
    ) throws {
        let container = try decoder.container(keyedBy: FileConnectionKeys.self)
        baseDirectory = try container.decode(.baseDirectory, default: "")
        isFileMaskSource = try container.decode(.isFileMaskSource, default: false)
        isFileMaskDestination = try container.decode(.isFileMaskDestination, default: false)
        try decodeServerFields(from: decoder, modelled: Keys.self, ignoring: Set(FileConnectionKeys.allCases.map(\.stringValue)))
    }
}
