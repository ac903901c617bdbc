/// The type of a made-up column or file field, which decides its engine type name and its preview.
enum FakeColumnType: Hashable {
    case integer
    case decimal(precision: Int, scale: Int)
    case text(length: Int)
    case date
    case timestamp
    case boolean
    case binary

    /// The `kind` of its Safe Data Preview.
    var previewKind: String {
        switch self {
        case .integer, .decimal: "numeric"
        case .text: "string"
        case .date, .timestamp: "temporal"
        case .boolean: "boolean"
        case .binary: "unsupported"
        }
    }

    /// The type names of a family of database engines.
    enum Dialect {
        case postgres, mysql, sqlServer, oracle, snowflake

        init(databaseType: String) {
            self =
                switch databaseType {
                case "mysql", "mariadb": .mysql
                case "mssql", "mssql_linked", "sap_ase": .sqlServer
                case "oracle", "db2_luw", "db2i", "informix", "saphana": .oracle
                case "snowflake", "databricks": .snowflake
                default: .postgres
                }
        }
    }

    /// The engine's name for this type.
    func name(in dialect: Dialect) -> String {
        let names: [String] =
            switch dialect {
            case .postgres: ["integer", "numeric", "character varying", "date", "timestamp without time zone", "boolean", "bytea"]
            case .mysql: ["int", "decimal", "varchar", "date", "datetime", "tinyint", "blob"]
            case .sqlServer: ["int", "decimal", "nvarchar", "date", "datetime2", "bit", "varbinary"]
            case .oracle: ["NUMBER", "NUMBER", "VARCHAR2", "DATE", "TIMESTAMP(6)", "NUMBER", "BLOB"]
            case .snowflake: ["NUMBER", "NUMBER", "VARCHAR", "DATE", "TIMESTAMP_NTZ", "BOOLEAN", "BINARY"]
            }
        return switch self {
        case .integer: names[0]
        case .decimal: names[1]
        case .text: names[2]
        case .date: names[3]
        case .timestamp: names[4]
        case .boolean: names[5]
        case .binary: names[6]
        }
    }

    /// The name file discovery reports in `data_types`.
    var fileDataType: String {
        switch self {
        case .integer: "integer"
        case .decimal: "float"
        case .text: "string"
        case .date: "date"
        case .timestamp: "datetime"
        case .boolean: "boolean"
        case .binary: "binary"
        }
    }
}
