import DataMasque

extension SchemaDiscoveryResult {
    /// The row `dm discover schema-results` shows:
    /// id, schema, table, column, data type, match labels, constraint and the Safe Data Preview.
    var row: [OrderedJSON] {
        let labels = data.discoveryMatches.compactMap(\.label).filter { !$0.isEmpty }
        return [
            .int(id), .string(schema ?? ""), .string(table), .string(column), .string(data.dataType ?? ""),
            .string(labels.isEmpty ? "-" : labels.joined(separator: ", ")), .string(data.constraint),
            data.safeDataPreview.map(OrderedJSON.init(encoding:)) ?? .null,
        ]
    }
}
