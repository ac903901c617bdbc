import DataMasque

/// What a file data discovery run finds: one result per group of files, one entry per field.
///
/// The results are worked out when the run starts and shown once it has finished.
struct FileScan {
    /// One field of a group with its matches.
    struct Field {
        var field: FakeFiles.Field
        var matches: [DiscoveryMatch]
        var preview: JSONValue?

        /// The label of the first labelled match, if any.
        var label: String? { matches.lazy.compactMap(\.label).first }
    }

    /// A group of files and what was found in its fields.
    struct Result {
        var id: Int
        var group: FakeFiles.Group
        var fields: [Field]
    }

    let connection: StoredRun.Endpoint
    let counted: Bool
    let results: [Result]

    /// Scans every group of `files`; result ids start at `runID` × 100 + 1.
    init(_ files: FakeFiles, connection: StoredRun.Endpoint, options: DiscoveryOptions, runID: Int) {
        self.connection = connection
        counted = options.inDataDiscovery
        results = files.groups.enumerated().map { index, group in
            let fields = group.fields.map { field in
                let seed = "\(group.paths[0])|\(field.key)"
                let matches = options.matches(name: field.name, seed: seed)
                let preview = options.preview.map {
                    SafeDataPreview(
                        type: field.type, label: matches.lazy.compactMap(\.label).first, seed: seed, options: $0,
                        sampledFrom: group.paths[0], sampled: min(1_000, group.recordsPerFile)
                    ).json
                }
                return Field(field: field, matches: matches, preview: preview)
            }
            return Result(id: runID * 100 + index + 1, group: group, fields: fields)
        }
    }

    /// The results as `GET /api/runs/{id}/file-discovery-results/` returns them.
    var json: JSONValue {
        .array(results.map(object(for:)))
    }

    private func object(for result: Result) -> JSONValue {
        let group = result.group
        let files = group.paths.map { path -> JSONValue in
            let file: [String: JSONValue] = [
                "path": .string(path), "file_type": .string(group.fileType), "encoding": "utf-8",
                "delimiter": group.delimiter.map(JSONValue.string) ?? .null,
                "value_counts": .object(
                    counted ? Dictionary(uniqueKeysWithValues: group.fields.map { ($0.key, JSONValue.int(group.recordsPerFile)) }) : [:]),
                "value_count_status": counted ? "counted" : "in_data_discovery_disabled",
            ]
            return .object(file)
        }
        let fields = result.fields.map { field -> JSONValue in
            [
                "locator": field.field.locator, "matches": .array(field.matches.map(\.json)),
                "data_types": [.string(field.field.type.fileDataType)], "safe_data_preview": field.preview ?? .null,
                "value_count": counted ? .int(group.recordsPerFile * group.paths.count) : .null,
            ]
        }
        return [
            "id": .int(result.id), "connection": ["id": .string(connection.id), "name": .string(connection.name)],
            "file_type": .string(group.fileType), "files": .array(files), "results": .array(fields),
        ]
    }
}
