public import Foundation

/// A file stored on a DataMasque instance: a seed file, Oracle wallet, SSL zip or Snowflake key.
///
/// ```swift
/// let seed = try await client.files.upload(type: .seed, name: "cities.csv",
///                                          source: .file(URL(fileURLWithPath: "cities.csv")))
/// try await client.files.deleteIfExists(seed)
/// ```
public struct UploadedFile: Sendable, Hashable, Codable {
    /// The display name, such as `cities.csv`; read from `filename` when the server sends no `name`.
    public var name: String
    /// When the file was uploaded.
    public var createdDate: Date
    /// When the file was last replaced, if the server says.
    public var modifiedDate: Date?
    /// The server's id for the file.
    public var id: String?
    /// The kind of file, set when it came from ``DataMasqueClient/Files``; not part of the wire format.
    public var type: FileType?

    /// Creates a file record, for example to delete a file whose id you know.
    public init(name: String, createdDate: Date, modifiedDate: Date? = nil, id: String? = nil, type: FileType? = nil) {
        self.name = name
        self.createdDate = createdDate
        self.modifiedDate = modifiedDate
        self.id = id
        self.type = type
    }

    enum CodingKeys: String, CodingKey {
        case name, filename, id
        case createdDate = "created_date"
        case modifiedDate = "modified_date"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let name = try container.decodeIfPresent(String.self, forKey: .name) {
            self.name = name
        } else if let filename = try container.decodeIfPresent(String.self, forKey: .filename) {
            name = filename
        } else {
            throw DecodingError.keyNotFound(
                CodingKeys.name, DecodingError.Context(codingPath: container.codingPath, debugDescription: "No name or filename."))
        }
        createdDate = try container.decode(Date.self, forKey: .createdDate)
        modifiedDate = try container.decodeIfPresent(Date.self, forKey: .modifiedDate)
        id = try container.decodeIdentifierIfPresent(forKey: .id)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(createdDate, forKey: .createdDate)
        try container.encodeIfPresent(modifiedDate, forKey: .modifiedDate)
        try container.encodeIfPresent(id, forKey: .id)
    }
}
