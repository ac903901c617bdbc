import DataMasque

/// The ruleset library endpoints `dm` calls.
struct LibraryRequests {
    let client: DataMasqueClient
    private static let collection = "/api/ruleset-libraries/"

    /// Every library, without its YAML.
    func list() async throws -> [LibraryRecord] {
        try await client.rulesetLibraries.list().map(LibraryRecord.init)
    }

    /// The library called `name` in `namespace`, with its YAML, or `nil`.
    ///
    /// The server filters by name and namespace;
    /// the match is checked again here, as a server may ignore an empty namespace filter.
    func find(_ name: String, namespace: String) async throws -> LibraryRecord? {
        let query = [("name_exact", name), ("namespace_exact", namespace)]
        let matches = try await client.paged(JSONValue.self, Self.collection, query: query).collect().map(LibraryRecord.init)
        guard let id = matches.first(where: { $0.name == name && $0.namespace == namespace })?.id else { return nil }
        return try await get(id: id)
    }

    /// The library called `name` in `namespace`.
    ///
    /// - Throws: ``CLIError`` `not_found` when there is none.
    func require(_ name: String, namespace: String) async throws -> LibraryRecord {
        guard let library = try await find(name, namespace: namespace) else {
            throw CLIError(
                .notFound, "Library '\(LibraryRecord.label(name: name, namespace: namespace))' not found.",
                hint: "Run `dm libraries list` to see the names.")
        }
        return library
    }

    /// The library with this id, with its YAML.
    func get(id: String) async throws -> LibraryRecord {
        LibraryRecord(try await client.send(.GET, Self.path(id), operation: "libraries.get").requireJSON())
    }

    /// Creates the library, or replaces the one with id `existing`.
    func save(name: String, namespace: String, yaml: String, existing: String?) async throws -> LibraryRecord {
        let library = RulesetLibrary(name: name, namespace: namespace, yaml: yaml, id: existing)
        let libraries = client.rulesetLibraries
        return LibraryRecord(try await existing == nil ? libraries.create(library) : libraries.update(library))
    }

    /// Deletes the library with this id; a missing one is already gone.
    func delete(id: String, force: Bool) async throws {
        try await client.rulesetLibraries.deleteIfExists(id: id, force: force)
    }

    /// Asks the server to validate the stored library again, and returns it with the verdict.
    func revalidate(id: String) async throws -> LibraryRecord {
        LibraryRecord(try await client.rulesetLibraries.validate(id: id))
    }

    /// The rulesets that import the library with this id.
    func usage(id: String) async throws -> [RulesetRecord] {
        try await client.rulesetLibraries.rulesetsUsing(id: id).collect().map(RulesetRecord.init)
    }

    private static func path(_ id: String) -> String {
        collection + id.pathEscaped + "/"
    }
}
