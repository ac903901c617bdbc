import DataMasque

extension DataMasqueClient.Rulesets {
    /// The one ruleset called `name`, of `type` when given, as listed (without its YAML).
    ///
    /// - Throws: ``CLIError`` `not_found` when none matches,
    ///   `ambiguous` "Multiple rulesets named …" listing the matches when several do.
    func resolve(_ name: String, type: RulesetKind?) async throws -> Ruleset {
        let matches = try await list().filter { $0.name == name && (type == nil || $0.rulesetType == type?.rulesetType) }
        guard matches.count <= 1 else {
            throw CLIError(
                .ambiguous, "Multiple rulesets named '\(name)'",
                details: matches.map { "id=\($0.id ?? "?") type=\($0.rulesetType.rawValue)" },
                hint: "Pass --type database|file to disambiguate.")
        }
        guard let match = matches.first else {
            let subject = type.map { "\($0.rawValue) ruleset" } ?? "Ruleset"
            throw CLIError(
                .notFound, "\(subject.prefix(1).uppercased() + subject.dropFirst()) '\(name)' not found.",
                hint: "Run `dm rulesets list` to see the names.")
        }
        return match
    }

}
