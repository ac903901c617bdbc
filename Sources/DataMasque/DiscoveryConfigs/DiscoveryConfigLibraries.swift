extension DataMasqueClient {
    /// The discovery config libraries stored on a DataMasque instance:
    /// discovery YAML that discovery configs import.
    ///
    /// Reach it through ``DataMasqueClient/discoveryConfigLibraries``.
    ///
    /// ```swift
    /// let library = try await client.discoveryConfigLibraries.createOrUpdate(
    ///     DiscoveryConfigLibrary(name: "finance", namespace: "acme", yaml: yaml))
    /// try await client.discoveryConfigLibraries.deleteIfExists(id: library.id!, force: true)
    /// ```
    ///
    /// A library needs non-empty YAML to be created or updated;
    /// that is checked before any request.
    public struct DiscoveryConfigLibraries: Sendable {
        let client: DataMasqueClient
        private static let collection = "/api/discovery/config-libraries/"

        /// Every library, in one request (the server does not page them); listings leave out the YAML.
        public func list() async throws -> [DiscoveryConfigLibrary] {
            try await client.get(
                [DiscoveryConfigLibrary].self, Self.collection, operation: "discoveryConfigLibraries.list")
        }

        /// The library with this id, with its YAML.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404` when there is none.
        public func get(id: String) async throws -> DiscoveryConfigLibrary {
            try await client.get(DiscoveryConfigLibrary.self, Self.path(id), operation: "discoveryConfigLibraries.get")
        }

        /// The library with exactly this name in exactly this namespace, with its YAML, or `nil`.
        ///
        /// - Parameters:
        ///   - name: The library's exact name.
        ///   - namespace: The namespace; empty for the default namespace.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/unexpectedResponse``
        ///   when the matching library is listed without an id.
        public func get(named name: String, namespace: String = "") async throws -> DiscoveryConfigLibrary? {
            guard let listed = try await listed(named: name, namespace: namespace) else { return nil }
            return try await get(id: try ListedID.required(listed.id, of: Self.subject(listed)))
        }

        /// Creates `library`.
        ///
        /// - Returns: `library` with the id and read-only fields the server returned.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when its YAML is missing or empty.
        public func create(_ library: DiscoveryConfigLibrary) async throws -> DiscoveryConfigLibrary {
            try Self.requireYAML(library)
            return try await client.write(library, .POST, Self.collection, operation: "discoveryConfigLibraries.create")
        }

        /// Replaces the stored library that has `library`'s id.
        ///
        /// - Returns: `library` with the read-only fields the server returned.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `library` has no id, or its YAML is missing or empty.
        public func update(_ library: DiscoveryConfigLibrary) async throws -> DiscoveryConfigLibrary {
            let id = try DataMasqueClient.requireID(library, of: Self.subject(library))
            try Self.requireYAML(library)
            return try await client.write(library, .PUT, Self.path(id), operation: "discoveryConfigLibraries.update")
        }

        /// Creates `library`, or replaces the stored one with the same name and namespace.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when its YAML is missing or empty.
        public func createOrUpdate(_ library: DiscoveryConfigLibrary) async throws -> DiscoveryConfigLibrary {
            try Self.requireYAML(library)
            var library = library
            library.id = try await listed(named: library.name, namespace: library.namespace)?.id
            return try await library.id == nil ? create(library) : update(library)
        }

        /// Deletes the library with this id; does nothing if there is none.
        ///
        /// - Parameters:
        ///   - id: The library's id.
        ///   - force: Whether to delete it even while discovery configs import it, which leaves them invalid.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `409`
        ///   when configs import the library and `force` is false.
        public func deleteIfExists(id: String, force: Bool = false) async throws {
            try await client.deleteIfExists(
                Self.path(id), query: [("force", force ? "true" : nil)], operation: "discoveryConfigLibraries.delete")
        }

        /// Deletes the library with exactly this name and namespace; does nothing if there is none.
        ///
        /// - Parameters:
        ///   - name: The library's exact name.
        ///   - namespace: The namespace; empty for the default namespace.
        ///   - force: Whether to delete it even while discovery configs import it, which leaves them invalid.
        public func deleteIfExists(named name: String, namespace: String = "", force: Bool = false) async throws {
            guard let listed = try await listed(named: name, namespace: namespace) else { return }
            try await deleteIfExists(id: try ListedID.required(listed.id, of: Self.subject(listed)), force: force)
        }

        /// The first listed library with exactly this name and namespace.
        ///
        /// The server filters by name; it cannot select the default namespace, so the namespace is compared here.
        private func listed(named name: String, namespace: String) async throws -> DiscoveryConfigLibrary? {
            try await client.get(
                [DiscoveryConfigLibrary].self, Self.collection, query: [("name_exact", name)],
                operation: "discoveryConfigLibraries.find"
            ).first { $0.name == name && $0.namespace == namespace }
        }

        private static func requireYAML(_ library: DiscoveryConfigLibrary) throws {
            guard let yaml = library.yaml, !yaml.isEmpty else {
                throw DataMasqueError(
                    code: .configuration,
                    message: "The \(subject(library)) needs YAML (`yaml`) to be stored; it is empty.")
            }
        }

        private static func subject(_ library: DiscoveryConfigLibrary) -> String {
            "discovery config library '\(library.qualifiedName)'"
        }

        private static func path(_ id: String) -> String {
            collection + PathSegment.escape(id) + "/"
        }
    }
}
