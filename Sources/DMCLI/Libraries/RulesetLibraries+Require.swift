import DataMasque

extension DataMasqueClient.RulesetLibraries {
    /// The library called `name` in `namespace`, with its YAML.
    ///
    /// - Throws: ``CLIError`` `not_found` when there is none.
    func require(_ name: String, namespace: String) async throws -> RulesetLibrary {
        guard let library = try await get(named: name, namespace: namespace) else {
            throw CLIError(
                .notFound, "Library '\(RulesetLibrary(name: name, namespace: namespace).qualifiedName)' not found.",
                hint: "Run `dm libraries list` to see the names.")
        }
        return library
    }
}
