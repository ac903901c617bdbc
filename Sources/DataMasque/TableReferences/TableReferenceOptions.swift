/// How DataMasque reads the data a table reference points at in a file connection.
///
/// Database connections ignore them, and the CSV options do not apply to Parquet.
/// The defaults equal the server's, which fills in any option left out.
/// The first row of a CSV file is always its header.
public struct TableReferenceOptions: Sendable, Hashable, Codable {
    /// The file format, chosen explicitly rather than from the file name (`format`).
    public var format: TableReferenceFormat
    /// The field separator (`delimiter`).
    public var delimiter: String
    /// The text encoding (`encoding`).
    public var encoding: String
    /// The quote character (`quotechar`).
    public var quoteCharacter: String
    /// The text read as a null value; `nil` when no text is (`null_string`, sent as `null` then).
    public var nullString: String?
    /// Options the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]

    /// Creates table reference options; every default equals the server's.
    public init(
        format: TableReferenceFormat = .csv,
        delimiter: String = ",",
        encoding: String = "utf-8",
        quoteCharacter: String = "\"",
        nullString: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.format = format
        self.delimiter = delimiter
        self.encoding = encoding
        self.quoteCharacter = quoteCharacter
        self.nullString = nullString
        self.additionalFields = additionalFields
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case format
        case delimiter
        case encoding
        case quoteCharacter = "quotechar"
        case nullString = "null_string"
    }

    /// Decodes options as the server sends them; an option left out takes its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = TableReferenceOptions()
        self.init(
            format: try container.decode(.format, default: defaults.format),
            delimiter: try container.decode(.delimiter, default: defaults.delimiter),
            encoding: try container.decode(.encoding, default: defaults.encoding),
            quoteCharacter: try container.decode(.quoteCharacter, default: defaults.quoteCharacter),
            nullString: try container.decodeIfPresent(String.self, forKey: .nullString))
        additionalFields = try decoder.unmodelledFields(excluding: CodingKeys.self)
    }

    /// Every option, `null_string` as `null` when unset, over the unmodelled ones.
    var requestBody: JSONValue {
        var body = WireObject<CodingKeys>(keepingNulls: true)
        body.set(.format, format.rawValue)
        body.set(.delimiter, delimiter)
        body.set(.encoding, encoding)
        body.set(.quoteCharacter, quoteCharacter)
        body.set(.nullString, nullString)
        return .object(additionalFields.merging(body.members) { _, modelled in modelled })
    }

    /// Encodes every option, `null_string` as `null` when unset.
    public func encode(to encoder: any Encoder) throws {
        try requestBody.encode(to: encoder)
    }
}
