import DataMasque

/// One entry of a ruleset's or library's `validation_errors`.
struct ValidationIssue: Hashable {
    /// The `validation_error_type` values the emulator produces.
    enum Kind: String {
        case ruleset
        case libraryMissing = "library_missing"
        case libraryInvalid = "library_invalid"
        case rgConfig = "rg_config"
    }

    var message: String
    var kind: Kind
    /// The 1-based position in the YAML.
    var line: Int
    var column: Int
    /// The imported library a `library_missing` or `library_invalid` issue is about.
    var library: LibraryReference?

    /// The entry as DataMasque writes it.
    var json: JSONValue {
        [
            "message": .string(message), "validation_error_type": .string(kind.rawValue),
            "line_number": .int(line), "column_number": .int(column),
        ]
    }

    /// The entry as discovery configs list it under `errors.config_yaml`: without a type.
    var positionJSON: JSONValue {
        ["message": .string(message), "line_number": .int(line), "column_number": .int(column)]
    }
}
