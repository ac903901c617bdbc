import DataMasque

extension ValidationErrorDetails {
    /// `message (line N, column M)`, `message (line N)` or `message`.
    var detail: String {
        switch (lineNumber, columnNumber) {
        case (let line?, let column?): "\(message) (line \(line), column \(column))"
        case (let line?, nil): "\(message) (line \(line))"
        default: message
        }
    }

    /// The JSON form: `{message, validation_error_type, line_number, column_number}`.
    var json: OrderedJSON {
        .object([
            .init("message", .string(message)), .init("validation_error_type", .optional(validationErrorType?.rawValue)),
            .init("line_number", lineNumber.map(OrderedJSON.int) ?? .null),
            .init("column_number", columnNumber.map(OrderedJSON.int) ?? .null),
        ])
    }
}

extension [ValidationErrorDetails] {
    /// The `errors` field of a status result: an array in JSON, the messages joined by `; ` for people.
    func statusField(json: Bool) -> OrderedJSON {
        json ? .array(map(\.json)) : .string(map(\.message).joined(separator: "; "))
    }
}

extension ServerMetadata {
    /// The verdict as the status commands print it: `valid`, `invalid`, `in_progress`, or `unknown` when there is none.
    var statusText: String {
        isValid.statusText
    }
}

extension ValidationStatus? {
    /// The verdict as the status commands print it: `valid`, `invalid`, `in_progress`, or `unknown` when there is none.
    var statusText: String {
        self?.rawValue ?? "unknown"
    }
}
