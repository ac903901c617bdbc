import DataMasque

extension FileDiscoveryResult {
    /// The rows `dm discover file-report` shows, one per locator:
    /// id, file paths, locator, match labels and data types.
    var rows: [[OrderedJSON]] {
        let files = OrderedJSON.string(self.files.map(\.path).joined(separator: ", "))
        return results.map { result in
            let labels = result.matches.compactMap(\.label).filter { !$0.isEmpty }
            return [
                .int(id), files, OrderedJSON(encoding: result.locator),
                .string(labels.isEmpty ? "-" : labels.joined(separator: ", ")),
                .string(result.dataTypes.isEmpty ? "-" : result.dataTypes.joined(separator: ", ")),
            ]
        }
    }
}
