import DataMasque

/// One validation error of a ruleset or library, as the server reports it.
struct ValidationIssueRecord: Equatable {
    var message: String
    var type: String?
    var line: Int?
    var column: Int?

    init(_ json: JSONValue) {
        message = json["message"]?.stringValue ?? json.stringValue ?? ""
        type = json["validation_error_type"]?.stringValue
        line = json["line_number"]?.intValue
        column = json["column_number"]?.intValue
    }

    init(_ details: ValidationErrorDetails) {
        message = details.message
        type = details.validationErrorType?.rawValue
        line = details.lineNumber
        column = details.columnNumber
    }

    /// The issues in a `validation_errors` list.
    static func list(_ json: JSONValue?) -> [ValidationIssueRecord] {
        (json?.arrayValue ?? []).map(ValidationIssueRecord.init)
    }

    /// `message (line N, column M)`, `message (line N)` or `message`.
    var detail: String {
        switch (line, column) {
        case (let line?, let column?): "\(message) (line \(line), column \(column))"
        case (let line?, nil): "\(message) (line \(line))"
        default: message
        }
    }

    /// The JSON form: `{message, validation_error_type, line_number, column_number}`.
    var json: OrderedJSON {
        .object([
            .init("message", .string(message)), .init("validation_error_type", .optional(type)),
            .init("line_number", line.map(OrderedJSON.int) ?? .null),
            .init("column_number", column.map(OrderedJSON.int) ?? .null),
        ])
    }
}

extension [ValidationIssueRecord] {
    /// The `errors` field of a status result: an array in JSON, the messages joined by `; ` for people.
    func statusField(json: Bool) -> OrderedJSON {
        json ? .array(map(\.json)) : .string(map(\.message).joined(separator: "; "))
    }
}
