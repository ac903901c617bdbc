import DataMasque

extension DataMasqueClient.DiscoveryConfigLibraries {
    /// The library called `name` in `namespace`, with its YAML.
    ///
    /// - Throws: ``CLIError`` `not_found` when there is none.
    func require(_ name: String, namespace: String) async throws -> DiscoveryConfigLibrary {
        guard let library = try await get(named: name, namespace: namespace) else {
            let label = DiscoveryConfigLibrary(name: name, namespace: namespace).qualifiedName
            throw CLIError(
                .notFound, "Discovery config library '\(label)' not found.",
                hint: "Run `dm discover libraries list` to see the names.")
        }
        return library
    }
}
