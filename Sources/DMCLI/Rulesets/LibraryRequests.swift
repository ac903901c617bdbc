import DataMasque

/// The ruleset library endpoints `dm` calls.
struct LibraryRequests {
    let client: DataMasqueClient
    private static let collection = "/api/ruleset-libraries/"

    /// Every library, without its YAML.
    func list() async throws -> [LibraryRecord] {
        try await client.paged(JSONValue.self, Self.collection).collect().map(LibraryRecord.init)
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
        let fields: JSONValue = ["name": .string(name), "namespace": .string(namespace), "config_yaml": .string(yaml)]
        let body = try RequestBody.json(fields)
        let response =
            if let existing {
                try await client.send(.PUT, Self.path(existing), body: body, operation: "libraries.update")
            } else {
                try await client.send(.POST, Self.collection, body: body, operation: "libraries.create")
            }
        return LibraryRecord(try response.requireJSON())
    }

    /// Deletes the library with this id; a missing one is already gone.
    func delete(id: String, force: Bool) async throws {
        do {
            _ = try await client.send(
                .DELETE, Self.path(id), query: [("force", force ? "true" : nil)], operation: "libraries.delete")
        } catch let error as DataMasqueError where error.status == 404 {}
    }

    /// Asks the server to validate the stored library again, and returns it with the verdict.
    func revalidate(id: String) async throws -> LibraryRecord {
        let response = try await client.send(
            .PATCH, Self.path(id), body: try .json(JSONValue.object([:])), operation: "libraries.validate")
        return LibraryRecord(try response.requireJSON())
    }

    /// The rulesets that import the library with this id.
    func usage(id: String) async throws -> [RulesetRecord] {
        try await client.paged(JSONValue.self, Self.path(id) + "rulesets/").collect().map(RulesetRecord.init)
    }

    private static func path(_ id: String) -> String {
        collection + id.pathEscaped + "/"
    }
}
