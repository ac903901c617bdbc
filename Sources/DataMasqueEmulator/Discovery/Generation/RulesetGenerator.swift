import DataMasque
import Yams

/// Writes the rulesets the emulator's ruleset generation returns.
///
/// Each selected column or file value gets masks chosen by its label:
/// the label the connection's latest discovery gave it, else the label a built-in keyword gives its name.
/// The mask the RG config (or the default RG config) maps the label to comes first;
/// otherwise a built-in label has built-in masks, and other values a mask for their type.
/// A database ruleset has one `mask_table` task per table, keyed on the table's primary key;
/// a file ruleset has a `mask_tabular_file` task for column names and a `mask_file` task for JSON paths.
/// Both pass the emulator's ruleset validation.
struct RulesetGenerator {
    var connectionName: String
    /// The ruleset generation config asked for; `nil` for the default.
    var rgConfig: SavedRGConfig?
    /// The RG config's mask for each label it names, as a YAML flow mapping, read once rather than per column.
    private let configuredMasks: [String: String]

    init(connectionName: String, rgConfig: SavedRGConfig?) {
        self.connectionName = connectionName
        self.rgConfig = rgConfig
        let labels = rgConfig.flatMap { try? Yams.compose(yaml: $0.yaml) }.flatMap { JSONValue(yaml: $0)["labels"]?.objectValue }
        configuredMasks = (labels ?? [:]).compactMapValues { mask in
            guard mask.objectValue != nil, let data = try? EmulatorJSON.encode(mask) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// A database ruleset for `columns`, in table order.
    func database(_ columns: [GenerationSelection.Column], schema: FakeSchema, scan: SchemaScan?) -> String {
        var lines = header + ["tasks:"]
        var tables: [(schema: String, table: String, columns: [GenerationSelection.Column])] = []
        for column in columns {
            if let index = tables.firstIndex(where: { $0.schema == column.schema && $0.table == column.table }) {
                tables[index].columns.append(column)
            } else {
                tables.append((column.schema, column.table, [column]))
            }
        }
        for (schemaName, tableName, selected) in tables {
            let table = schema.table(schema: schemaName, name: tableName)
            lines += [
                "  - type: mask_table", "    table: " + Quoting.doubleQuoted("\(schemaName).\(tableName)"),
                "    key: " + Quoting.doubleQuoted(table?.primaryKey.first ?? "id"), "    rules:",
            ]
            for column in selected {
                let label =
                    scan?.label(schema: schemaName, table: tableName, column: column.name) ?? Self.keywordLabel(column.name)
                let type = table?.columns.first { $0.name == column.name }?.type
                lines.append("      - column: " + Quoting.doubleQuoted(column.name))
                if !column.hashColumns.isEmpty {
                    lines.append("        hash_columns:")
                    lines += column.hashColumns.map { "          - " + Quoting.doubleQuoted($0) }
                }
                lines.append("        masks:")
                lines += masks(label: label, type: type).map { "          " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A file ruleset for `selections`, one or two tasks per selection.
    func files(_ selections: [GenerationSelection.Files], scan: FileScan?) -> String {
        var lines = header + ["tasks:"]
        for selection in selections {
            let include = ["    include:"] + selection.files.map { "      - glob: " + Quoting.doubleQuoted($0) }
            let columns = selection.locators.compactMap(\.stringValue)
            let paths = selection.locators.filter { $0.arrayValue != nil }
            if !columns.isEmpty {
                lines += ["  - type: mask_tabular_file"] + include + ["    rules:"]
                for column in columns {
                    lines += ["      - column: " + Quoting.doubleQuoted(column), "        masks:"]
                    lines += masks(label: label(of: .string(column), scan: scan), type: nil).map { "          " + $0 }
                }
            }
            if !paths.isEmpty {
                lines += ["  - type: mask_file"] + include + ["    rules:", "      - masks:", "          - type: json", "            transforms:"]
                for path in paths {
                    lines.append("              - path: " + FakeFiles.key(of: path))
                    lines.append("                masks:")
                    lines += masks(label: label(of: path, scan: scan), type: nil).map { "                  " + $0 }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var header: [String] {
        let config = rgConfig.map { "ruleset generation config \(Quoting.doubleQuoted($0.name))" } ?? "the default ruleset generation config"
        return [
            "# Generated by the DataMasque emulator for connection \(Quoting.doubleQuoted(connectionName)),",
            "# with \(config).", "version: \"1.0\"",
        ]
    }

    private func label(of locator: JSONValue, scan: FileScan?) -> String? {
        let key = FakeFiles.key(of: locator)
        let found = scan?.results.lazy.flatMap(\.fields).first { $0.field.key == key }?.label
        let name = locator.stringValue ?? locator.arrayValue?.last?.stringValue ?? ""
        return found ?? Self.keywordLabel(name)
    }

    private static func keywordLabel(_ name: String) -> String? {
        DiscoveryKeyword.builtIn.first { $0.matches(name) }?.label
    }

    /// The masks for a value with `label` (or, without one, of `type`), as YAML list lines:
    /// the RG config's mask for the label, as a JSON flow mapping, if it has one;
    /// else the built-in masks, which the default RG config lists.
    private func masks(label: String?, type: FakeColumnType?) -> [String] {
        if let label, let mask = configuredMasks[label] { return ["- " + mask] }
        return Self.builtInMasks(label: label, type: type)
    }

    /// The built-in masks for a value with `label` (or, without one, of `type`), as YAML list lines.
    static func builtInMasks(label: String?, type: FakeColumnType?) -> [String] {
        switch label {
        case "email"?: ["- type: from_format_string", "  value_format: \"{[a-z],8}@example.com\""]
        case "first_name"?: ["- type: from_file", "  seed_file: DataMasque_firstNames_mixed.csv", "  seed_column: firstname-mixed"]
        case "last_name"?: ["- type: from_file", "  seed_file: DataMasque_lastNames.csv", "  seed_column: lastnames"]
        case "social_security_number"?: ["- type: from_format_string", "  value_format: \"{[0-9],3}-{[0-9],2}-{[0-9],4}\""]
        case "date_of_birth"?: ["- type: from_random_date", "  min: \"1950-01-01\"", "  max: \"2005-12-31\""]
        case "credit_card_number"?: ["- type: credit_card", "  validate_luhn: true"]
        case "phone_number"?: ["- type: from_format_string", "  value_format: \"+1 555 {[0-9],3} {[0-9],4}\""]
        case "street_address"?: ["- type: from_file", "  seed_file: DataMasque_address_AU.csv", "  seed_column: street_name"]
        case "salary"?: ["- type: from_random_number", "  min: 30000", "  max: 200000"]
        default:
            switch type {
            case .integer?, .decimal?: ["- type: from_random_number", "  min: 0", "  max: 1000"]
            case .date?, .timestamp?: ["- type: from_random_date", "  min: \"2000-01-01\"", "  max: \"2025-12-31\""]
            case .boolean?: ["- type: from_choices", "  choices: [true, false]"]
            default: ["- type: from_fixed", "  value: \"REDACTED\""]
            }
        }
    }
}

extension RulesetGenerator {
    /// Database rulesets for `columns`, whole tables grouped so each ruleset's YAML stays within `targetSize` bytes
    /// where it can (a single table always makes a ruleset),
    /// named like `20240915_002_customers_to_orders` (or `…_002_customers` for one table), at most 64 characters,
    /// with characters other than ASCII letters, digits and `-` in table names replaced by `_`.
    func databaseRulesets(
        _ columns: [GenerationSelection.Column], schema: FakeSchema, scan: SchemaScan?, targetSize: Int, date: String
    ) -> [(name: String, yaml: String)] {
        var tables: [[GenerationSelection.Column]] = []
        for column in columns {
            if let index = tables.firstIndex(where: { $0[0].schema == column.schema && $0[0].table == column.table }) {
                tables[index].append(column)
            } else {
                tables.append([column])
            }
        }
        var groups: [[[GenerationSelection.Column]]] = []
        for table in tables {
            if let last = groups.last,
                database((last + [table]).flatMap { $0 }, schema: schema, scan: scan).utf8.count <= targetSize
            {
                groups[groups.count - 1].append(table)
            } else {
                groups.append([table])
            }
        }
        return groups.enumerated().map { index, group in
            let number = String(index + 1)
            let prefix = "\(date)_" + String(repeating: "0", count: max(0, 3 - number.count)) + number + "_"
            let (first, last) = (Self.fileSafe(group[0][0].table), Self.fileSafe(group[group.count - 1][0].table))
            let room = 64 - prefix.count
            let name =
                first == last
                ? prefix + String(first.prefix(room))
                : prefix + String(first.prefix((room - 4) / 2)) + "_to_" + String(last.prefix((room - 4) / 2))
            return (name, database(group.flatMap { $0 }, schema: schema, scan: scan))
        }
    }

    /// `name` with every character other than an ASCII letter, digit or `-` replaced by `_`.
    private static func fileSafe(_ name: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        return String(name.map { allowed.contains($0) ? $0 : "_" })
    }
}
