import DataMasque

extension Ruleset {
    /// The row of `dm rulesets list` and `dm libraries usage`: id, name, type.
    var listRow: [OrderedJSON] {
        [.optional(id), .string(name), .string(rulesetType.rawValue)]
    }
}
