import DataMasque

/// The CSV reports of a schema discovery run.
///
/// The database discovery report has one line per column,
/// with `selected` `true` for the columns that have a label;
/// a ruleset generation from CSV generates for the selected lines.
enum DiscoveryReport {
    static let columns = ["schema", "table", "column", "data_type", "constraint", "labels", "categories", "flagged_by"]
    static let selectedColumn = "selected"

    /// The lines of the database discovery report, without the header.
    static func lines(of scan: SchemaScan, selectionColumn: Bool) -> [String] {
        scan.rows.map { row in
            var fields = [
                row.table.schema, row.table.name, row.column.name, row.column.type.name(in: scan.dialect),
                row.column.key.map { $0 == .primary ? "Primary" : "Unique" } ?? "",
                unique(row.matches.compactMap(\.label)).joined(separator: "; "),
                unique(row.matches.flatMap(\.categories)).joined(separator: "; "),
                unique(row.matches.map(\.flaggedBy)).joined(separator: "; "),
            ]
            if selectionColumn { fields.append(row.label == nil ? "false" : "true") }
            return CSV.line(fields)
        }
    }

    /// The header line of the database discovery report.
    static func header(selectionColumn: Bool) -> String {
        CSV.line(columns + (selectionColumn ? [selectedColumn] : []))
    }

    /// The sensitive data discovery report: one line per labelled column.
    static func sensitiveData(of scan: SchemaScan) -> String {
        let lines = scan.rows.compactMap { row -> String? in
            guard let label = row.label, let match = row.matches.first(where: { $0.label == label }) else { return nil }
            return CSV.line([
                row.table.schema, row.table.name, row.column.name, label, match.description,
                match.categories.joined(separator: "; "),
            ])
        }
        return ([CSV.line(["schema", "table", "column", "label", "description", "categories"])] + lines)
            .joined(separator: "\n") + "\n"
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
