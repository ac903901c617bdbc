/// One problem the server found in a ruleset's or library's YAML.
public struct ValidationErrorDetails: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What is wrong, in the server's words.
    public var message: String
    /// What the error is about: the YAML itself, a library, or the expanded ruleset.
    public var validationErrorType: ValidationErrorType?
    /// The 1-based line in the YAML, when known.
    public var lineNumber: Int?
    /// The 1-based column in the YAML, when known.
    public var columnNumber: Int?

    /// Creates validation error details.
    public init(
        message: String,
        validationErrorType: ValidationErrorType? = nil,
        lineNumber: Int? = nil,
        columnNumber: Int? = nil
    ) {
        self.message = message
        self.validationErrorType = validationErrorType
        self.lineNumber = lineNumber
        self.columnNumber = columnNumber
    }

    enum CodingKeys: String, CodingKey {
        case message
        case validationErrorType = "validation_error_type"
        case lineNumber = "line_number"
        case columnNumber = "column_number"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        message = try container.decode(String.self, forKey: .message)
        validationErrorType = try container.decodeIfPresent(ValidationErrorType.self, forKey: .validationErrorType)
        lineNumber = try container.decodeLenientIntIfPresent(forKey: .lineNumber)
        columnNumber = try container.decodeLenientIntIfPresent(forKey: .columnNumber)
    }

    /// The message, prefixed with its position when known, such as `line 5, column 3: Missing field`.
    public var description: String {
        switch (lineNumber, columnNumber) {
        case (let line?, let column?): "line \(line), column \(column): \(message)"
        case (let line?, nil): "line \(line): \(message)"
        default: message
        }
    }
}
