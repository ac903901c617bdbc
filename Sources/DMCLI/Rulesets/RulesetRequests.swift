import DataMasque

/// The ruleset endpoints `dm` calls.
struct RulesetRequests {
    let client: DataMasqueClient

    /// Every ruleset, without its YAML.
    func list() async throws -> [RulesetRecord] {
        try await client.rulesets.list().map(RulesetRecord.init)
    }

    /// The ruleset with this id, with its YAML.
    func get(id: String) async throws -> RulesetRecord {
        RulesetRecord(try await client.rulesets.get(id: id))
    }

    /// Creates the ruleset, or replaces the one with the same name and type.
    func upsert(name: String, yaml: String, type: RulesetKind) async throws -> RulesetRecord {
        let ruleset = Ruleset(name: name, yaml: yaml, rulesetType: type.rulesetType)
        return RulesetRecord(try await client.rulesets.createOrUpdate(ruleset))
    }

    /// Deletes the ruleset with this id; a missing one is already gone.
    func delete(id: String) async throws {
        try await client.rulesets.deleteIfExists(id: id)
    }

    /// The one ruleset called `name`, of `type` when given.
    ///
    /// - Throws: ``CLIError`` `not_found` when none matches, `ambiguous` when several do.
    func resolve(_ name: String, type: RulesetKind?) async throws -> RulesetRecord {
        let matches = try await list().filter { $0.name == name && (type == nil || $0.type == type?.rawValue) }
        guard matches.count <= 1 else {
            throw CLIError(
                .ambiguous, "Several rulesets are named '\(name)'.", details: matches.map(\.matchDescription),
                hint: "Pass --type database or --type file.")
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
