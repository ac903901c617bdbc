/// A database connection kind, tagged `"mask_type": "database"` and its `db_type`.
protocol DatabaseConnectionShape: ConnectionShape {
    var wireDatabaseType: DatabaseType { get }
}

extension DatabaseConnectionShape {
    var discriminators: [String: JSONValue] {
        ["mask_type": "database", "db_type": .string(wireDatabaseType.rawValue)]
    }
}
