import DataMasque

/// The ruleset endpoints `dm` calls.
struct RulesetRequests {
    let client: DataMasqueClient

    /// Every ruleset, without its YAML.
    func list() async throws -> [RulesetRecord] {
        let json = try await client.send(.GET, "/api/v2/rulesets/", operation: "rulesets.list").requireJSON()
        return (json.arrayValue ?? []).map(RulesetRecord.init)
    }

    /// The ruleset with this id, with its YAML.
    func get(id: String) async throws -> RulesetRecord {
        RulesetRecord(try await client.send(.GET, Self.path(id), operation: "rulesets.get").requireJSON())
    }

    /// Creates the ruleset, or replaces the one with the same name and type.
    func upsert(name: String, yaml: String, type: RulesetKind) async throws -> RulesetRecord {
        let body: JSONValue = ["name": .string(name), "config_yaml": .string(yaml), "mask_type": .string(type.rawValue)]
        let response = try await client.send(
            .POST, "/api/rulesets/", query: [("upsert", "true")], body: try .json(body), operation: "rulesets.upsert")
        return RulesetRecord(try response.requireJSON())
    }

    /// Deletes the ruleset with this id; a missing one is already gone.
    func delete(id: String) async throws {
        do {
            _ = try await client.send(.DELETE, Self.path(id), operation: "rulesets.delete")
        } catch let error as DataMasqueError where error.status == 404 {}
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

    private static func path(_ id: String) -> String {
        "/api/rulesets/\(id.pathEscaped)/"
    }
}
