import Foundation

/// One file of a group that file data discovery read.
public struct FileDiscoveryFile: Sendable, Hashable, Codable {
    /// The file's path on the connection.
    public var path: String
    /// The file's format, such as `csv` or `json` (`file_type`).
    public var fileType: String
    /// The column delimiter of a delimited file.
    public var delimiter: String?
    /// The file's text encoding.
    public var encoding: String?
    /// How many values each locator holds in this file, keyed by the locator's text form (`value_counts`);
    /// read one with ``valueCount(for:)``.
    public var valueCounts: [String: Int]
    /// Whether the values were counted (`value_count_status`); `nil` when the server did not say.
    public var valueCountStatus: ValueCountStatus?

    /// Creates a file description, for example in a test.
    public init(
        path: String,
        fileType: String,
        delimiter: String? = nil,
        encoding: String? = nil,
        valueCounts: [String: Int] = [:],
        valueCountStatus: ValueCountStatus? = nil
    ) {
        self.path = path
        self.fileType = fileType
        self.delimiter = delimiter
        self.encoding = encoding
        self.valueCounts = valueCounts
        self.valueCountStatus = valueCountStatus
    }

    /// How many values `locator` holds in this file, when counted.
    ///
    /// A column is keyed by its name,
    /// a JSON path by its compact JSON form such as `["employees","*","email"]`.
    public func valueCount(for locator: FileLocator) -> Int? {
        valueCounts[locator.key]
    }

    enum CodingKeys: String, CodingKey {
        case path
        case fileType = "file_type"
        case delimiter
        case encoding
        case valueCounts = "value_counts"
        case valueCountStatus = "value_count_status"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        fileType = try container.decode(String.self, forKey: .fileType)
        delimiter = try container.decodeIfPresent(String.self, forKey: .delimiter)
        encoding = try container.decodeIfPresent(String.self, forKey: .encoding)
        valueCounts = try container.decode(.valueCounts, default: [:])
        let status = try container.decodeIfPresent(String.self, forKey: .valueCountStatus)
        valueCountStatus = status.flatMap { $0.isEmpty ? nil : ValueCountStatus(rawValue: $0) }
    }

    /// Writes every field, absent ones as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(fileType, forKey: .fileType)
        try container.encode(delimiter, forKey: .delimiter)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(valueCounts, forKey: .valueCounts)
        try container.encode(valueCountStatus, forKey: .valueCountStatus)
    }
}

extension FileLocator {
    /// The locator's text form in ``FileDiscoveryFile/valueCounts``:
    /// a column's name, or a path as compact JSON with non-ASCII characters unescaped.
    public var key: String {
        switch self {
        case .column(let name):
            return name
        case .path(let components):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            let parts = components.map { component -> String in
                switch component {
                case .index(let index): String(index)
                case .key(let key): (try? encoder.encode(key)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\(key)\""
                }
            }
            return "[" + parts.joined(separator: ",") + "]"
        }
    }
}
