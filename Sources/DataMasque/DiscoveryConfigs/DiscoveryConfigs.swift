extension DataMasqueClient {
    /// The discovery configs stored on a DataMasque instance:
    /// YAML that says what schema and file data discovery look for.
    ///
    /// Reach it through ``DataMasqueClient/discoveryConfigs``.
    ///
    /// ```swift
    /// let defaults = try await client.discoveryConfigs.defaultYAML(for: .database)
    /// let config = try await client.discoveryConfigs.createOrUpdate(
    ///     DiscoveryConfig(name: "customers", yaml: defaults, configType: .database))
    /// ```
    ///
    /// A config needs non-empty YAML to be created or updated;
    /// that is checked before any request.
    public struct DiscoveryConfigs: Sendable {
        let client: DataMasqueClient
        private static let collection = "/api/discovery/configs/"

        /// Every config, all pages fetched; listings leave out the YAML.
        public func list() async throws -> [DiscoveryConfig] {
            try await listPaginated().collect()
        }

        /// Every config, fetched page by page as you iterate; listings leave out the YAML.
        public func listPaginated() -> PagedSequence<DiscoveryConfig> {
            client.paged(DiscoveryConfig.self, Self.collection)
        }

        /// The config with this id, with its YAML.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404` when there is none.
        public func get(id: String) async throws -> DiscoveryConfig {
            try await client.get(DiscoveryConfig.self, Self.path(id), operation: "discoveryConfigs.get")
        }

        /// The config with exactly this name and type, with its YAML, or `nil`.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/unexpectedResponse``
        ///   when the matching config is listed without an id.
        public func get(named name: String, type: DiscoveryConfigType) async throws -> DiscoveryConfig? {
            guard let listed = try await listed(named: name, type: type) else { return nil }
            return try await get(id: try ListedID.required(listed.id, of: Self.subject(listed)))
        }

        /// Creates `config`.
        ///
        /// - Returns: `config` with the id and read-only fields the server returned.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when its YAML is missing or empty.
        public func create(_ config: DiscoveryConfig) async throws -> DiscoveryConfig {
            try Self.requireYAML(config)
            return try await client.write(config, .POST, Self.collection, operation: "discoveryConfigs.create")
        }

        /// Replaces the stored config that has `config`'s id.
        ///
        /// - Returns: `config` with the read-only fields the server returned.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `config` has no id, or its YAML is missing or empty.
        public func update(_ config: DiscoveryConfig) async throws -> DiscoveryConfig {
            let id = try DataMasqueClient.requireID(config, of: Self.subject(config))
            try Self.requireYAML(config)
            return try await client.write(config, .PUT, Self.path(id), operation: "discoveryConfigs.update")
        }

        /// Creates `config`, or replaces the stored one with the same name and type.
        ///
        /// Large YAML is validated in the background:
        /// call ``waitForValidation(id:pollInterval:timeout:)`` for the verdict.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when its YAML is missing or empty.
        public func createOrUpdate(_ config: DiscoveryConfig) async throws -> DiscoveryConfig {
            try Self.requireYAML(config)
            var config = config
            config.id = try await listed(named: config.name, type: config.configType)?.id
            return try await config.id == nil ? create(config) : update(config)
        }

        /// Polls the config until the server has a verdict on it, valid or not.
        ///
        /// - Parameters:
        ///   - id: The config's id.
        ///   - pollInterval: The time between requests.
        ///   - timeout: How long to wait in all.
        /// - Returns: The config as stored, with its verdict.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/timeout`` when the verdict takes longer than `timeout`.
        public func waitForValidation(
            id: String,
            pollInterval: Duration = .seconds(2),
            timeout: Duration = .seconds(300)
        ) async throws -> DiscoveryConfig {
            let schedule = PollSchedule(
                interval: pollInterval, timeout: timeout, subject: "discovery config \(id) to be validated")
            return try await schedule.poll({ try await get(id: id) }, until: { $0.isValid != .inProgress })
        }

        /// Deletes the config with this id; does nothing if there is none.
        public func deleteIfExists(id: String) async throws {
            try await client.deleteIfExists(Self.path(id), operation: "discoveryConfigs.delete")
        }

        /// Deletes every config with exactly this name and type; does nothing if there is none.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/unexpectedResponse``
        ///   when a matching config is listed without an id.
        public func deleteIfExists(named name: String, type: DiscoveryConfigType) async throws {
            let ids = try await list().filter { $0.name == name && $0.configType == type }.map {
                try ListedID.required($0.id, of: Self.subject($0))
            }
            for id in ids { try await deleteIfExists(id: id) }
        }

        /// The YAML of the server's built-in discovery defaults, a starting point for a config.
        ///
        /// - Parameter type: The kind of discovery; `nil` leaves the choice to the server, which picks database.
        public func defaultYAML(for type: DiscoveryConfigType? = nil) async throws -> String {
            try await client.send(
                .GET, Self.collection + "defaults/", query: [("config_type", type?.rawValue)],
                operation: "discoveryConfigs.defaultYAML"
            ).text
        }

        /// The listed config with exactly this name and type, found with the server's filters.
        private func listed(named name: String, type: DiscoveryConfigType) async throws -> DiscoveryConfig? {
            let matches = client.paged(
                DiscoveryConfig.self, Self.collection,
                query: [("name_exact", name), ("config_type", type.rawValue)], pageSize: 1
            ).filter { $0.name == name && $0.configType == type }
            for try await config in matches { return config }
            return nil
        }

        private static func requireYAML(_ config: DiscoveryConfig) throws {
            guard let yaml = config.yaml, !yaml.isEmpty else {
                throw DataMasqueError(
                    code: .configuration,
                    message: "The \(subject(config)) needs YAML (`yaml`) to be stored; it is empty.")
            }
        }

        private static func subject(_ config: DiscoveryConfig) -> String {
            "\(config.configType.rawValue) discovery config '\(config.name)'"
        }

        private static func path(_ id: String) -> String {
            collection + PathSegment.escape(id) + "/"
        }
    }
}
