import DataMasque

/// A masking run as `GET /api/runs/{id}/` returns it, read for display.
struct RunRecord: Sendable {
    var id: Int
    var status: MaskingRunStatus
    var maskType: String
    var sourceID: String?
    var sourceName: String?
    var destinationID: String?
    var destinationName: String?
    var rulesetID: String?
    var rulesetName: String?
    var startTime: String?
    var createdTime: String?
    var options: [String: JSONValue]

    init(_ json: JSONValue) {
        func text(_ key: String) -> String? {
            guard let value = json[key], let text = value.stringValue ?? value.intValue.map(String.init) else { return nil }
            return text.isEmpty ? nil : text
        }
        id = json["id"]?.intValue ?? Int(text("id") ?? "") ?? 0
        status = MaskingRunStatus(rawValue: text("status") ?? text("run_status") ?? "")
        maskType = text("mask_type") ?? "database"
        (sourceID, sourceName) = (text("source_connection"), text("source_connection_name"))
        (destinationID, destinationName) = (text("destination_connection"), text("destination_connection_name"))
        (rulesetID, rulesetName) = (text("ruleset"), text("ruleset_name"))
        (startTime, createdTime) = (text("start_time"), text("created_time"))
        options = json["options"]?.objectValue ?? [:]
    }

    /// The fields of `dm run status`: id, status, ruleset, source, destination, created (the start time).
    var detail: DetailOutput {
        DetailOutput(
            title: "Run \(id)",
            fields: [
                .init("id", .int(id)), .init("status", .string(status.rawValue)),
                .init("ruleset", .optional(rulesetName)), .init("source", .optional(sourceName)),
                .init("destination", .optional(destinationName)), .init("created", .optional(startTime)),
            ])
    }

    /// The row of `dm run list`: id, status, ruleset, source, destination, created (the creation time).
    var listRow: [OrderedJSON] {
        [
            .int(id), .string(status.rawValue), .optional(rulesetName), .optional(sourceName),
            .optional(destinationName), .optional(createdTime),
        ]
    }
}
