extension DataMasqueClient {
    /// Ruleset generation: masking rules written by DataMasque for chosen columns or file values.
    ///
    /// Reach it through ``DataMasqueClient/rulesetGeneration``.
    ///
    /// ```swift
    /// let yaml = try await client.rulesetGeneration.generate(
    ///     RulesetGenerationRequest(
    ///         connectionID: connectionID,
    ///         selection: ColumnSelection(columns: ["public": ["customers": ["email"]]])))
    /// try await client.rulesets.createOrUpdate(Ruleset(name: "customers", yaml: yaml))
    /// ```
    public struct RulesetGeneration: Sendable {
        let client: DataMasqueClient

        /// Generates a database ruleset for the chosen columns, with the server's default generation settings,
        /// and waits for it.
        ///
        /// - Returns: The ruleset's YAML.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` when the server refuses the request,
        ///   for example for an unknown connection or column.
        public func generate(_ request: RulesetGenerationRequest) async throws -> String {
            try await post(request, to: "/api/generate-ruleset/v2/", operation: "rulesetGeneration.generate")
        }

        /// Generates a file ruleset for the chosen files and values, with the server's default generation settings,
        /// and waits for it.
        ///
        /// - Returns: The ruleset's YAML.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` when the server refuses the request.
        public func generate(_ request: FileRulesetGenerationRequest) async throws -> String {
            try await post(request, to: "/api/generate-file-ruleset/", operation: "rulesetGeneration.generateFileRuleset")
        }

        private func post(_ request: some Encodable, to path: String, operation: String) async throws -> String {
            try await client.send(.POST, path, body: try .json(request), operation: operation).text
        }
    }
}
