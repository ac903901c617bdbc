import DataMasque

extension RunInfo {
    /// The fields of `dm run status`: id, status, ruleset, source, destination,
    /// and created, which is the start time as the official CLI writes it.
    var detail: DetailOutput {
        DetailOutput(
            title: "Run \(id)",
            fields: [
                .init("id", .int(id)), .init("status", .string(status.rawValue)),
                .init("ruleset", .string(rulesetName)), .init("source", .string(sourceConnection.name)),
                .init("destination", .optional(destinationConnection?.name)),
                .init("created", .optional(startTime?.pythonISOFormat())),
            ])
    }

    /// The row of `dm run list`: id, status, ruleset, source, destination (empty when there is none),
    /// and created, which is the creation time exactly as the server wrote it.
    var listRow: [OrderedJSON] {
        [
            .int(id), .string(status.rawValue), .string(rulesetName), .string(sourceConnection.name),
            .string(destinationConnection?.name ?? ""), .optional(createdTime?.text),
        ]
    }
}
