extension DataMasqueClient {
    /// The masking rulesets stored on a DataMasque instance.
    ///
    /// Reach it through ``DataMasqueClient/rulesets``.
    ///
    /// ```swift
    /// let stored = try await client.rulesets.createOrUpdate(Ruleset(name: "customers", yaml: yaml))
    /// if stored.isValid == .invalid {
    ///     stored.validationErrors.forEach { print($0) }
    /// }
    /// ```
    public struct Rulesets: Sendable {
        let client: DataMasqueClient
        private static let collection = "/api/rulesets/"

        /// Every ruleset, of both types, in the server's order.
        public func list() async throws -> [Ruleset] {
            try await client.get([Ruleset].self, "/api/v2/rulesets/", operation: "rulesets.list")
        }

        /// The ruleset with this id, with its YAML.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404` when there is none.
        public func get(id: String) async throws -> Ruleset {
            try await client.get(Ruleset.self, Self.path(id), operation: "rulesets.get")
        }

        /// The ruleset with exactly this name and type, or `nil`.
        public func get(named name: String, type: RulesetType = .database) async throws -> Ruleset? {
            try await list().first { $0.name == name && $0.rulesetType == type }
        }

        /// Stores `ruleset`, replacing the one with the same name and type if there is one.
        ///
        /// Only the name, YAML, type and unmodelled fields are sent.
        /// Small rulesets come back with the server's verdict;
        /// YAML of 61,440 bytes or more is validated in the background,
        /// so ``ServerMetadata/isValid`` reads ``ValidationStatus/inProgress``:
        /// call ``waitForValidation(id:pollInterval:timeout:)`` for the verdict.
        ///
        /// - Returns: `ruleset` with the id and read-only fields the server returned.
        public func createOrUpdate(_ ruleset: Ruleset) async throws -> Ruleset {
            try await client.write(
                ruleset, .POST, Self.collection, query: [("upsert", "true")], operation: "rulesets.createOrUpdate")
        }

        /// Polls the ruleset until the server has a verdict on it, valid or not.
        ///
        /// - Parameters:
        ///   - id: The ruleset's id.
        ///   - pollInterval: The time between requests.
        ///   - timeout: How long to wait in all.
        /// - Returns: The ruleset as stored, with its verdict.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/timeout`` when the verdict takes longer than `timeout`.
        public func waitForValidation(
            id: String,
            pollInterval: Duration = .seconds(2),
            timeout: Duration = .seconds(300)
        ) async throws -> Ruleset {
            let schedule = PollSchedule(interval: pollInterval, timeout: timeout, subject: "ruleset \(id) to be validated")
            return try await schedule.poll({ try await get(id: id) }, until: { $0.isValid != .inProgress })
        }

        /// Deletes the ruleset with this id; does nothing if there is none.
        public func deleteIfExists(id: String) async throws {
            try await client.deleteIfExists(Self.path(id), operation: "rulesets.delete")
        }

        /// Deletes every ruleset with exactly this name and type; does nothing if there is none.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/unexpectedResponse``
        ///   when a matching ruleset has no id.
        public func deleteIfExists(named name: String, type: RulesetType = .database) async throws {
            for ruleset in try await list() where ruleset.name == name && ruleset.rulesetType == type {
                try await deleteIfExists(id: try ListedID.required(ruleset.id, of: "ruleset '\(name)'"))
            }
        }

        private static func path(_ id: String) -> String {
            collection + PathSegment.escape(id) + "/"
        }
    }
}
