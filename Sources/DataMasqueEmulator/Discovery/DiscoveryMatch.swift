import DataMasque

/// One entry of a column's `discovery_matches` or a file field's `matches`.
struct DiscoveryMatch: Hashable {
    /// The label, absent for matches that only describe.
    var label: String?
    var categories: [String]
    /// `MDD` for a match on the name (metadata), `IDD` for a match on sampled values (in-data).
    var flaggedBy: String
    var description: String
    /// The percentage of sampled values that matched, for in-data matches.
    var hitRatio: Int?

    var json: JSONValue {
        var object: [String: JSONValue] = [
            "categories": .array(categories.map(JSONValue.string)), "flagged_by": .string(flaggedBy),
            "description": .string(description), "hit_ratio": hitRatio.map(JSONValue.int) ?? .null,
        ]
        if let label { object["label"] = .string(label) }
        return .object(object)
    }
}
