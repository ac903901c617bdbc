import DataMasque

/// The files a file connection pretends to hold, in groups of files with the same structure.
///
/// Everything follows from the connection's `type`, `name` and `base_directory`,
/// so a connection shows the same files every time.
struct FakeFiles {
    /// A column of a tabular file, or a JSON path into a JSON document.
    struct Field {
        /// A column name, or an array of keys and `*` wildcards.
        var locator: JSONValue
        var type: FakeColumnType

        /// The name keyword discovery looks at: the column name, or the last key of the path.
        var name: String {
            locator.stringValue ?? locator.arrayValue?.last?.stringValue ?? ""
        }

        /// The locator as a `value_counts` key: the column name, or the path as compact JSON.
        var key: String {
            FakeFiles.key(of: locator)
        }
    }

    /// Files that share one structure, reported together.
    struct Group {
        var fileType: String
        var paths: [String]
        var delimiter: String?
        var fields: [Field]
        var recordsPerFile: Int
    }

    let groups: [Group]

    init(connection: [String: JSONValue]) {
        let base = (connection["base_directory"]?.stringValue ?? "").trimmingCharacters(in: ["/"])
        let prefix = base.isEmpty ? "" : base + "/"
        let seed = "\(connection["type"]?.stringValue ?? "")|\(connection["name"]?.stringValue ?? "")"
        let records = StableHash.number(seed, in: 0...96)
        let customers = Group(
            fileType: "csv", paths: ["customers/customers_2024.csv", "customers/customers_2025.csv"].map { prefix + $0 },
            delimiter: ",",
            fields: [
                Field(locator: "id", type: .integer), Field(locator: "first_name", type: .text(length: 50)),
                Field(locator: "last_name", type: .text(length: 50)), Field(locator: "email", type: .text(length: 255)),
                Field(locator: "phone", type: .text(length: 20)), Field(locator: "created_at", type: .timestamp),
            ], recordsPerFile: 400 + records)
        let staff = Group(
            fileType: "json", paths: [prefix + "hr/staff.json"], delimiter: nil,
            fields: [
                Field(locator: ["employees", "*", "id"], type: .integer),
                Field(locator: ["employees", "*", "first_name"], type: .text(length: 50)),
                Field(locator: ["employees", "*", "email"], type: .text(length: 255)),
                Field(locator: ["employees", "*", "ssn"], type: .text(length: 11)),
                Field(locator: ["employees", "*", "dob"], type: .date),
            ], recordsPerFile: 30 + records / 10)
        let ledger =
            StableHash.number(seed, in: 0...1) == 0
            ? Group(
                fileType: "csv", paths: [prefix + "sales/orders.csv"], delimiter: ",",
                fields: [
                    Field(locator: "id", type: .integer), Field(locator: "card_number", type: .text(length: 19)),
                    Field(locator: "amount", type: .decimal(precision: 10, scale: 2)),
                    Field(locator: "status", type: .text(length: 16)),
                ], recordsPerFile: 900 + records)
            : Group(
                fileType: "csv", paths: [prefix + "sales/payments.csv"], delimiter: ",",
                fields: [
                    Field(locator: "id", type: .integer), Field(locator: "card_number", type: .text(length: 19)),
                    Field(locator: "amount", type: .decimal(precision: 10, scale: 2)),
                    Field(locator: "created_at", type: .timestamp),
                ], recordsPerFile: 850 + records)
        groups = [customers, staff, ledger]
    }

    /// A locator as a `value_counts` key:
    /// a column name as it is, a JSON path as compact JSON with non-ASCII characters unescaped.
    static func key(of locator: JSONValue) -> String {
        guard let path = locator.arrayValue else { return locator.stringValue ?? "" }
        let items = path.map { item -> String in
            if let number = item.intValue { return String(number) }
            return Quoting.doubleQuoted(item.stringValue ?? "")
        }
        return "[" + items.joined(separator: ",") + "]"
    }
}
