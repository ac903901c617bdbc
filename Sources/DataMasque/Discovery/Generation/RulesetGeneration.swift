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
    ///
    /// Large selections generate in the background instead:
    /// start with ``startAsync(connectionID:selection:rgConfigID:)``
    /// and collect the result with ``waitForRulesets(connectionID:pollInterval:timeout:onPoll:)``.
    public struct RulesetGeneration: Sendable {
        let client: DataMasqueClient

        /// Generates a database ruleset for the chosen columns and waits for it.
        ///
        /// - Parameters:
        ///   - request: The connection and columns.
        ///   - rgConfigID: The id of a saved ruleset generation config; `nil` for the server's default.
        /// - Returns: The ruleset's YAML.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``,
        ///   before any request, naming an empty part of the selection or hashing for a table that is not selected;
        ///   ``DataMasqueError/Code/rgConfigNotFound`` when the generation config does not exist;
        ///   ``DataMasqueError/Code/api`` when the server refuses the request, for example for an unknown connection.
        public func generate(_ request: RulesetGenerationRequest, rgConfigID: String? = nil) async throws -> String {
            try request.selection.validate()
            guard let rgConfigID else {
                return try await client.send(
                    .POST, "/api/generate-ruleset/v2/", body: try .json(request), operation: "rulesetGeneration.generate"
                ).text
            }
            var body = try JSONValue(encoding: request).objectValue ?? [:]
            body["rg_config"] = .string(rgConfigID)
            return try await postWithRGConfig(
                .json(JSONValue.object(body)), to: "/api/generate-ruleset/v3/", operation: "rulesetGeneration.generate"
            ).text
        }

        /// Generates a file ruleset for the chosen files and values and waits for it.
        ///
        /// - Parameters:
        ///   - request: The connection, files and values.
        ///   - rgConfigID: The id of a saved ruleset generation config; `nil` for the server's default.
        /// - Returns: The ruleset's YAML.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``,
        ///   before any request, naming a selection without files or locators;
        ///   ``DataMasqueError/Code/rgConfigNotFound`` when the generation config does not exist;
        ///   ``DataMasqueError/Code/api`` when the server refuses the request.
        public func generate(_ request: FileRulesetGenerationRequest, rgConfigID: String? = nil) async throws -> String {
            try FileSelection.validate(request.selections)
            guard let rgConfigID else {
                return try await client.send(
                    .POST, "/api/generate-file-ruleset/", body: try .json(request),
                    operation: "rulesetGeneration.generateFileRuleset"
                ).text
            }
            var body = try JSONValue(encoding: request).objectValue ?? [:]
            body["rg_config"] = .string(rgConfigID)
            return try await postWithRGConfig(
                .json(JSONValue.object(body)), to: "/api/generate-file-ruleset/v2/",
                operation: "rulesetGeneration.generateFileRuleset"
            ).text
        }

        /// Sends a request naming a generation config, telling a missing config apart (api.md §3.16.C).
        func postWithRGConfig(_ body: RequestBody, to path: String, operation: String) async throws -> DataMasqueResponse {
            let response = try await client.send(.POST, path, body: body, checkStatus: false, operation: operation)
            let summary = DataMasqueError.RequestSummary(method: "POST", path: path)
            if response.status >= 400, response.status != 502,
                let refusal = SavedConfigRefusal(response, field: "rg_config"), refusal.isNotFound
            {
                throw DataMasqueClient.apiError(
                    response, for: summary, code: .rgConfigNotFound,
                    prefix: "Ruleset generation was refused because its generation config does not exist")
            }
            return try DataMasqueClient.checked(response, for: summary)
        }
    }
}
