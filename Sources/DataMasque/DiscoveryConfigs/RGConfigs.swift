extension DataMasqueClient {
    /// The ruleset generation (RG) configs stored on a DataMasque instance:
    /// YAML that assigns masks to discovered labels when rulesets are generated.
    ///
    /// Reach it through ``DataMasqueClient/rgConfigs``.
    ///
    /// ```swift
    /// let yaml = try await client.rgConfigs.defaultYAML()
    /// let config = try await client.rgConfigs.createOrUpdate(RGConfig(name: "strict", yaml: yaml))
    /// ```
    ///
    /// Deleting a config archives it: its name is free again, and generation refuses it.
    public struct RGConfigs: Sendable {
        let client: DataMasqueClient
        private static let collection = "/api/ruleset-generation-configs/"

        /// Every live config, all pages fetched; listings leave out the YAML.
        public func list() async throws -> [RGConfig] {
            try await listPaginated().collect()
        }

        /// Every live config, fetched page by page as you iterate; listings leave out the YAML.
        public func listPaginated() -> PagedSequence<RGConfig> {
            client.paged(RGConfig.self, Self.collection)
        }

        /// The config with this id, with its YAML.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404` when there is none.
        public func get(id: String) async throws -> RGConfig {
            try await client.get(RGConfig.self, Self.path(id), operation: "rgConfigs.get")
        }

        /// The config with exactly this name, with its YAML, or `nil`.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/unexpectedResponse``
        ///   when the matching config is listed without an id.
        public func get(named name: String) async throws -> RGConfig? {
            guard let listed = try await listed(named: name) else { return nil }
            return try await get(id: try ListedID.required(listed.id, of: "RG config '\(listed.name)'"))
        }

        /// Creates `config`; a config without YAML is left to the server to judge.
        ///
        /// - Returns: `config` with the id and read-only fields the server returned.
        public func create(_ config: RGConfig) async throws -> RGConfig {
            try await client.write(config, .POST, Self.collection, operation: "rgConfigs.create")
        }

        /// Replaces the stored config that has `config`'s id.
        ///
        /// - Returns: `config` with the read-only fields the server returned.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `config` has no id or no YAML (empty YAML is sent).
        public func update(_ config: RGConfig) async throws -> RGConfig {
            let id = try DataMasqueClient.requireID(config, of: "RG config '\(config.name)'")
            guard config.yaml != nil else {
                throw DataMasqueError(
                    code: .configuration, message: "The RG config '\(config.name)' needs YAML (`yaml`) to be updated.")
            }
            return try await client.write(config, .PUT, Self.path(id), operation: "rgConfigs.update")
        }

        /// Creates `config`, or replaces the stored one with the same name.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when it replaces a stored config and has no YAML.
        public func createOrUpdate(_ config: RGConfig) async throws -> RGConfig {
            var config = config
            config.id = try await listed(named: config.name)?.id
            return try await config.id == nil ? create(config) : update(config)
        }

        /// Archives the config with this id, freeing its name; does nothing if there is none.
        public func deleteIfExists(id: String) async throws {
            try await client.deleteIfExists(Self.path(id), operation: "rgConfigs.delete")
        }

        /// Archives the config with exactly this name, freeing it; does nothing if there is none.
        public func deleteIfExists(named name: String) async throws {
            guard let listed = try await listed(named: name) else { return }
            try await deleteIfExists(id: try ListedID.required(listed.id, of: "RG config '\(listed.name)'"))
        }

        /// The YAML of the server's default RG config, a starting point for a config.
        public func defaultYAML() async throws -> String {
            try await client.send(.GET, Self.collection + "defaults/", operation: "rgConfigs.defaultYAML").text
        }

        /// The listed config with exactly this name, found with the server's filter.
        private func listed(named name: String) async throws -> RGConfig? {
            let matches = client.paged(RGConfig.self, Self.collection, query: [("name_exact", name)], pageSize: 1)
                .filter { $0.name == name }
            for try await config in matches { return config }
            return nil
        }

        private static func path(_ id: String) -> String {
            collection + PathSegment.escape(id) + "/"
        }
    }
}
