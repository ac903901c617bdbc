import DataMasque

/// The tables a database connection pretends to hold.
///
/// Everything follows from the connection's `db_type`, `name`, `schema` and `database`,
/// so a connection shows the same tables and columns every time, in every emulator.
struct FakeSchema {
    /// A made-up column.
    struct Column {
        var name: String
        var type: FakeColumnType
        var key: Key? = nil
        /// The `table.column` of the same schema that this column refers to.
        var references: String? = nil
    }

    /// The primary or unique key a column forms on its own.
    enum Key {
        case primary, unique
    }

    /// A made-up table.
    struct Table {
        var schema: String
        var name: String
        var columns: [Column]
        var rowCount: Int

        /// `schema.table`.
        var qualifiedName: String { "\(schema).\(name)" }

        /// The names of the primary key's columns.
        var primaryKey: [String] { columns.filter { $0.key == .primary }.map(\.name) }
    }

    /// The schema a discovery without a `schemas` list scans.
    let defaultSchema: String
    /// The second schema, scanned only when asked for by name.
    static let archiveSchema = "archive"
    let dialect: FakeColumnType.Dialect
    let tables: [Table]

    init(connection: [String: JSONValue]) {
        let databaseType = connection["db_type"]?.stringValue ?? "postgres"
        let seed = "\(databaseType)|\(connection["name"]?.stringValue ?? "")"
        let schema = Self.defaultSchema(of: connection, databaseType: databaseType)
        let extra = StableHash.number(seed, in: 0...1) == 0 ? Self.payments : Self.addresses
        let rows = StableHash.number(seed, in: 0...96)
        let builders: [(String, Int) -> Table] = [Self.customers, Self.orders, Self.employees, extra]
        let archive: [(String, Int) -> Table] = [Self.customersArchive, Self.auditLog]
        dialect = FakeColumnType.Dialect(databaseType: databaseType)
        defaultSchema = schema
        tables = builders.map { $0(schema, rows) } + archive.map { $0(Self.archiveSchema, rows) }
    }

    /// The tables of `schemas`, or of ``defaultSchema`` when `schemas` is empty, in schema order.
    func tables(in schemas: [String]) -> [Table] {
        let wanted = schemas.isEmpty ? [defaultSchema] : schemas
        return wanted.flatMap { schema in tables.filter { $0.schema == schema } }
    }

    /// The table `schema.table`, if the connection has it.
    func table(schema: String, name: String) -> Table? {
        tables.first { $0.schema == schema && $0.name == name }
    }

    private static func defaultSchema(of connection: [String: JSONValue], databaseType: String) -> String {
        if let schema = connection["schema"]?.stringValue, !schema.isEmpty { return schema }
        switch databaseType {
        case "mssql", "mssql_linked", "sap_ase": return "dbo"
        case "snowflake": return "PUBLIC"
        case "mysql", "mariadb", "mongodb", "documentdb", "cosmosdb", "cassandra":
            let database = connection["database"]?.stringValue ?? ""
            return database.isEmpty ? "default" : database
        case "oracle", "db2_luw", "db2i":
            let user = connection["user"]?.stringValue ?? ""
            return user.isEmpty ? "APP" : user.uppercased()
        default: return "public"
        }
    }

    private static let id = Column(name: "id", type: .integer, key: .primary)

    private static func customers(_ schema: String, _ rows: Int) -> Table {
        Table(
            schema: schema, name: "customers",
            columns: [
                id, Column(name: "first_name", type: .text(length: 50)), Column(name: "last_name", type: .text(length: 50)),
                Column(name: "email", type: .text(length: 255), key: .unique), Column(name: "phone", type: .text(length: 20)),
                Column(name: "dob", type: .date), Column(name: "status", type: .text(length: 16)),
                Column(name: "is_active", type: .boolean), Column(name: "created_at", type: .timestamp),
            ], rowCount: 1_200 + rows)
    }

    private static func orders(_ schema: String, _ rows: Int) -> Table {
        Table(
            schema: schema, name: "orders",
            columns: [
                id, Column(name: "customer_id", type: .integer, references: "customers.id"),
                Column(name: "card_number", type: .text(length: 19)),
                Column(name: "amount", type: .decimal(precision: 10, scale: 2)),
                Column(name: "status", type: .text(length: 16)), Column(name: "created_at", type: .timestamp),
            ], rowCount: 5_400 + rows)
    }

    private static func employees(_ schema: String, _ rows: Int) -> Table {
        Table(
            schema: schema, name: "employees",
            columns: [
                id, Column(name: "first_name", type: .text(length: 50)), Column(name: "last_name", type: .text(length: 50)),
                Column(name: "email", type: .text(length: 255), key: .unique), Column(name: "ssn", type: .text(length: 11)),
                Column(name: "dob", type: .date), Column(name: "salary", type: .decimal(precision: 12, scale: 2)),
                Column(name: "photo", type: .binary), Column(name: "created_at", type: .timestamp),
            ], rowCount: 85 + rows / 10)
    }

    private static func payments(_ schema: String, _ rows: Int) -> Table {
        Table(
            schema: schema, name: "payments",
            columns: [
                id, Column(name: "order_id", type: .integer, references: "orders.id"),
                Column(name: "card_number", type: .text(length: 19)),
                Column(name: "amount", type: .decimal(precision: 10, scale: 2)), Column(name: "created_at", type: .timestamp),
            ], rowCount: 5_100 + rows)
    }

    private static func addresses(_ schema: String, _ rows: Int) -> Table {
        Table(
            schema: schema, name: "addresses",
            columns: [
                id, Column(name: "customer_id", type: .integer, references: "customers.id"),
                Column(name: "street_address", type: .text(length: 120)), Column(name: "city", type: .text(length: 60)),
                Column(name: "postcode", type: .text(length: 10)),
            ], rowCount: 1_300 + rows)
    }

    private static func customersArchive(_ schema: String, _ rows: Int) -> Table {
        Table(
            schema: schema, name: "customers_archive",
            columns: [
                id, Column(name: "email", type: .text(length: 255)), Column(name: "first_name", type: .text(length: 50)),
                Column(name: "last_name", type: .text(length: 50)), Column(name: "closed_at", type: .timestamp),
            ], rowCount: 300 + rows)
    }

    private static func auditLog(_ schema: String, _ rows: Int) -> Table {
        Table(
            schema: schema, name: "audit_log",
            columns: [id, Column(name: "event", type: .text(length: 64)), Column(name: "created_at", type: .timestamp)],
            rowCount: 20_000 + rows)
    }
}
