import NIOHTTP1

extension DataMasqueClient {
    /// The ruleset libraries stored on a DataMasque instance: YAML that rulesets import.
    ///
    /// Reach it through ``DataMasqueClient/rulesetLibraries``.
    ///
    /// ```swift
    /// let library = try await client.rulesetLibraries.createOrUpdate(
    ///     RulesetLibrary(name: "common", namespace: "acme", yaml: yaml))
    /// for ruleset in try await client.rulesetLibraries.rulesetsUsing(id: library.id!) {
    ///     print(ruleset.name)
    /// }
    /// ```
    public struct RulesetLibraries: Sendable {
        let client: DataMasqueClient
        private static let collection = "/api/ruleset-libraries/"

        /// Every library, all pages fetched; listings leave out the YAML.
        public func list() async throws -> [RulesetLibrary] {
            try await listPaginated().collect()
        }

        /// Every library, fetched page by page as you iterate; listings leave out the YAML.
        public func listPaginated() -> PagedSequence<RulesetLibrary> {
            client.paged(RulesetLibrary.self, Self.collection)
        }

        /// The library with this id, with its YAML.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404` when there is none.
        public func get(id: String) async throws -> RulesetLibrary {
            try await client.get(RulesetLibrary.self, Self.path(id), operation: "rulesetLibraries.get")
        }

        /// The library with exactly this name in exactly this namespace, with its YAML, or `nil`.
        ///
        /// - Parameters:
        ///   - name: The library's exact name.
        ///   - namespace: The namespace; empty for the default namespace.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/unexpectedResponse``
        ///   when the matching library is listed without an id.
        public func get(named name: String, namespace: String = "") async throws -> RulesetLibrary? {
            for try await library in matching(name: name, namespace: namespace, pageSize: 1) {
                return try await get(id: try ListedID.required(library.id, of: "ruleset library '\(library.qualifiedName)'"))
            }
            return nil
        }

        /// Creates `library`.
        ///
        /// - Returns: `library` with the id and read-only fields the server returned.
        public func create(_ library: RulesetLibrary) async throws -> RulesetLibrary {
            try await client.write(library, .POST, Self.collection, operation: "rulesetLibraries.create")
        }

        /// Replaces the stored library that has `library`'s id.
        ///
        /// - Returns: `library` with the read-only fields the server returned.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `library` has no id.
        public func update(_ library: RulesetLibrary) async throws -> RulesetLibrary {
            guard let id = library.id else {
                throw DataMasqueError(
                    code: .configuration,
                    message: "Ruleset library '\(library.qualifiedName)' has no id, so it cannot be updated; create it first.")
            }
            return try await client.write(library, .PUT, Self.path(id), operation: "rulesetLibraries.update")
        }

        /// Creates `library`, or replaces the stored one with the same name and namespace.
        ///
        /// Large YAML (61,440 bytes or more) is validated in the background:
        /// call ``waitForValidation(id:pollInterval:timeout:)`` for the verdict.
        public func createOrUpdate(_ library: RulesetLibrary) async throws -> RulesetLibrary {
            var library = library
            if let existing = try await get(named: library.name, namespace: library.namespace) {
                library.id = existing.id
                return try await update(library)
            }
            library.id = nil
            return try await create(library)
        }

        /// Asks the server to validate the library again, and returns it with the fresh verdict.
        public func validate(id: String) async throws -> RulesetLibrary {
            try await client.sendJSON(
                .PATCH, Self.path(id), body: JSONValue.object([:]), decoding: RulesetLibrary.self,
                operation: "rulesetLibraries.validate")
        }

        /// Polls the library until the server has a verdict on it, valid or not.
        ///
        /// - Parameters:
        ///   - id: The library's id.
        ///   - pollInterval: The time between requests.
        ///   - timeout: How long to wait in all.
        /// - Returns: The library as stored, with its verdict.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/timeout`` when the verdict takes longer than `timeout`.
        public func waitForValidation(
            id: String,
            pollInterval: Duration = .seconds(2),
            timeout: Duration = .seconds(300)
        ) async throws -> RulesetLibrary {
            let schedule = PollSchedule(
                interval: pollInterval, timeout: timeout, subject: "ruleset library \(id) to be validated")
            return try await schedule.poll({ try await get(id: id) }, until: { $0.isValid != .inProgress })
        }

        /// The rulesets that import the library, all pages fetched; listings leave out the YAML.
        public func rulesetsUsing(id: String) async throws -> [Ruleset] {
            try await rulesetsUsingPaginated(id: id).collect()
        }

        /// The rulesets that import the library, fetched page by page as you iterate; listings leave out the YAML.
        public func rulesetsUsingPaginated(id: String) -> PagedSequence<Ruleset> {
            client.paged(Ruleset.self, Self.path(id) + "rulesets/")
        }

        /// Deletes the library with this id; does nothing if there is none.
        ///
        /// - Parameters:
        ///   - id: The library's id.
        ///   - force: Whether to delete it even while rulesets import it, which leaves them invalid.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `409`
        ///   when rulesets import the library and `force` is false.
        public func deleteIfExists(id: String, force: Bool = false) async throws {
            try await client.deleteIfExists(
                Self.path(id), query: [("force", force ? "true" : nil)], operation: "rulesetLibraries.delete")
        }

        /// Deletes every library with exactly this name and namespace; does nothing if there is none.
        ///
        /// - Parameters:
        ///   - name: The library's exact name.
        ///   - namespace: The namespace; empty for the default namespace.
        ///   - force: Whether to delete it even while rulesets import it, which leaves them invalid.
        public func deleteIfExists(named name: String, namespace: String = "", force: Bool = false) async throws {
            var ids: [String] = []
            for try await library in matching(name: name, namespace: namespace, pageSize: 100) {
                ids.append(try ListedID.required(library.id, of: "ruleset library '\(library.qualifiedName)'"))
            }
            for id in ids { try await deleteIfExists(id: id, force: force) }
        }

        /// The listed libraries with exactly this name and namespace.
        ///
        /// The server ignores an empty `namespace_exact`, so the namespace is checked again here.
        private func matching(
            name: String, namespace: String, pageSize: Int
        ) -> AsyncFilterSequence<PagedSequence<RulesetLibrary>> {
            client.paged(
                RulesetLibrary.self, Self.collection, query: [("name_exact", name), ("namespace_exact", namespace)],
                pageSize: pageSize
            ).filter { $0.name == name && $0.namespace == namespace }
        }

        private static func path(_ id: String) -> String {
            collection + PathSegment.escape(id) + "/"
        }
    }
}
