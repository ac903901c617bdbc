import Foundation

/// The columns a discovery report CSV, or a zip of them, selects for ruleset generation.
///
/// A CSV needs a header with `schema`, `table` and `column`.
/// With a `selected` column, the lines whose value is `true`, `yes`, `y`, `x` or `1` (any case) are selected;
/// without one, the lines with `labels`, or every line when there is no `labels` column either.
enum GenerationCSV {
    static let field = "csv_or_zip_file"

    /// The selected columns of an upload, a CSV or a zip whose `.csv` members are read in order.
    ///
    /// - Throws: ``APIError`` `400` naming `csv_or_zip_file` when the upload is not such a CSV or zip.
    static func selectedColumns(in upload: Data) throws -> [GenerationSelection.Column] {
        guard upload.starts(with: [0x50, 0x4b, 0x03, 0x04]) else { return try selectedColumns(inCSV: upload) }
        let members: [ZipArchive.Entry]
        do {
            members = try ZipArchive.entries(of: upload).filter { $0.name.lowercased().hasSuffix(".csv") }
        } catch {
            throw APIError.fields([field: ["The zip archive cannot be read; only stored (uncompressed) members are supported."]])
        }
        guard !members.isEmpty else { throw APIError.fields([field: ["The zip archive holds no .csv file."]]) }
        return try members.flatMap { try selectedColumns(inCSV: $0.contents) }
    }

    private static func selectedColumns(inCSV data: Data) throws -> [GenerationSelection.Column] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw APIError.fields([field: ["The CSV is not UTF-8 text."]])
        }
        let records = try CSV.records(of: text.hasPrefix("\u{feff}") ? String(text.dropFirst()) : text, field: field)
        guard let header = records.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
            let schema = header.firstIndex(of: "schema"), let table = header.firstIndex(of: "table"),
            let column = header.firstIndex(of: "column")
        else {
            throw APIError.fields([field: ["The CSV needs a header line with the columns schema, table and column."]])
        }
        let selected = header.firstIndex(of: DiscoveryReport.selectedColumn)
        let labels = header.firstIndex(of: "labels")
        return records.dropFirst().compactMap { record in
            let value = { (index: Int) in record.indices.contains(index) ? record[index] : "" }
            let chosen =
                if let selected {
                    ["true", "yes", "y", "x", "1"].contains(value(selected).trimmingCharacters(in: .whitespaces).lowercased())
                } else if let labels {
                    !value(labels).isEmpty
                } else {
                    true
                }
            guard chosen, !value(table).isEmpty, !value(column).isEmpty else { return nil }
            return GenerationSelection.Column(schema: value(schema), table: value(table), name: value(column))
        }
    }
}
