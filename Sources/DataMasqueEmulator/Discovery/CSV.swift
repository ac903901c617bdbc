/// Comma-separated values as spreadsheets write them (RFC 4180).
enum CSV {
    /// One line of `fields`, quoting those with a comma, quote or line break.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { ",\"\r\n".contains($0) }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    /// The records of `text`, each a list of fields; blank lines are skipped.
    ///
    /// - Throws: ``APIError`` `400` naming `field` when a quoted field is not closed.
    static func records(of text: String, field: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var current = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        current.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "\"" where current.isEmpty: quoted = true
            case ",":
                record.append(current)
                current = ""
            case "\n", "\r\n", "\r":
                record.append(current)
                if record != [""] { records.append(record) }
                (record, current) = ([], "")
            default: current.append(character)
            }
        }
        if quoted { throw APIError.fields([field: ["The CSV has a quoted field that is not closed."]]) }
        record.append(current)
        if record != [""] { records.append(record) }
        return records
    }
}
