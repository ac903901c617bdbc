extension DataMasqueClient {
    /// The table references stored on a DataMasque instance:
    /// named pointers to tabular data in a file or database connection.
    ///
    /// Reach it through ``DataMasqueClient/tableReferences``.
    ///
    /// ```swift
    /// var reference = TableReference(name: "accounts", connectionID: connectionID, source: "exports/accounts.csv")
    /// reference = try await client.tableReferences.createOrUpdate(reference)
    /// print(reference.options?.delimiter ?? ",")
    /// ```
    ///
    /// Deleting a reference archives it, which frees its name.
    public struct TableReferences: Sendable {
        let client: DataMasqueClient
        private static let collection = "/api/table-references/"

        /// Every live reference, in one request (the server does not page them).
        public func list() async throws -> [TableReference] {
            try await client.get([TableReference].self, Self.collection, operation: "tableReferences.list")
        }

        /// The reference with this id.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404` when there is none.
        public func get(id: String) async throws -> TableReference {
            try await client.get(TableReference.self, Self.path(id), operation: "tableReferences.get")
        }

        /// The live reference with exactly this name, as listed, or `nil`.
        public func get(named name: String) async throws -> TableReference? {
            try await list().first { $0.name == name }
        }

        /// Creates `reference`; without options, the server stores its defaults.
        ///
        /// - Returns: `reference` with the id, dates and the options the server stored.
        public func create(_ reference: TableReference) async throws -> TableReference {
            try await client.write(reference, .POST, Self.collection, operation: "tableReferences.create")
        }

        /// Replaces the stored reference that has `reference`'s id;
        /// without options, the stored options are kept, else they are replaced as a whole.
        ///
        /// - Returns: `reference` with the dates and the options the server stored.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `reference` has no id.
        public func update(_ reference: TableReference) async throws -> TableReference {
            let id = try DataMasqueClient.requireID(reference, of: "table reference '\(reference.name)'")
            return try await client.write(reference, .PUT, Self.path(id), operation: "tableReferences.update")
        }

        /// Creates `reference`, or replaces the live one with the same name.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/unexpectedResponse``
        ///   when the matching reference is listed without an id.
        public func createOrUpdate(_ reference: TableReference) async throws -> TableReference {
            var reference = reference
            reference.id = nil
            if let listed = try await get(named: reference.name) {
                reference.id = try ListedID.required(listed.id, of: "table reference '\(listed.name)'")
                return try await update(reference)
            }
            return try await create(reference)
        }

        /// Archives the reference with this id, freeing its name; does nothing if there is none.
        public func deleteIfExists(id: String) async throws {
            try await client.deleteIfExists(Self.path(id), operation: "tableReferences.delete")
        }

        /// Archives the live reference with exactly this name, freeing it; does nothing if there is none.
        public func deleteIfExists(named name: String) async throws {
            guard let listed = try await get(named: name) else { return }
            try await deleteIfExists(id: try ListedID.required(listed.id, of: "table reference '\(listed.name)'"))
        }

        private static func path(_ id: String) -> String {
            collection + PathSegment.escape(id) + "/"
        }
    }
}
