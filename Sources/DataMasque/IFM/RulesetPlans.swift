import NIOHTTP1

extension DataMasqueIFMClient {
    /// The ruleset plans stored in the in-flight masking service.
    ///
    /// Reach it through ``DataMasqueIFMClient/rulesetPlans``.
    ///
    /// ```swift
    /// let plan = try await ifm.rulesetPlans.create(name: "customers", yaml: yaml)
    /// let stricter = try await ifm.rulesetPlans.patch(name: plan.name, options: .init(enabled: false))
    /// try await ifm.rulesetPlans.delete(name: plan.name)
    /// ```
    ///
    /// Users with the `mask_runner` role may only list plans;
    /// `admin` and `mask_builder` may change them.
    public struct RulesetPlans: Sendable {
        let client: DataMasqueIFMClient
        private static let collection = "ruleset-plans/"

        /// Every plan, all pages fetched; listings leave out the YAML.
        public func list() async throws -> [RulesetPlan] {
            try await listPaginated().collect()
        }

        /// Every plan, fetched page by page as you iterate; listings leave out the YAML.
        ///
        /// Each page's ``Page/count`` is the number of plans in all.
        ///
        /// - Parameter pageSize: How many plans to ask for per page, from 1 to 1,000.
        public func listPaginated(pageSize: Int = 100) -> PagedSequence<RulesetPlan> {
            PagedSequence(
                core: client.core, path: Self.collection, pageSize: min(max(pageSize, 1), 1000),
                operation: "ifm.rulesetPlans.list", paging: .offsets)
        }

        /// The plan with this name, with its YAML.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404` when there is none,
        ///   or ``DataMasqueError/Code/configuration`` when `name` is empty.
        public func get(name: String) async throws -> RulesetPlan {
            try await client.core.get(RulesetPlan.self, Self.path(name), operation: "ifm.rulesetPlans.get")
        }

        /// Creates a plan.
        ///
        /// - Parameters:
        ///   - name: The name to start from; the service adds a random suffix, so use the returned plan's name.
        ///   - yaml: The IFM ruleset YAML.
        ///   - options: The plan's defaults; `nil` leaves them to the service.
        /// - Returns: The stored plan, with its final name, its URL and its validation logs.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api``:
        ///   status `400` for invalid YAML, `409` for a name already taken.
        public func create(name: String, yaml: String, options: RulesetPlanOptions? = nil) async throws -> RulesetPlan {
            try await store(
                .POST, Self.collection, PlanBody(name: name, yaml: yaml, options: options),
                operation: "ifm.rulesetPlans.create")
        }

        /// Replaces a plan's YAML and options (`PUT`).
        ///
        /// - Parameters:
        ///   - name: The plan's name.
        ///   - yaml: The new ruleset YAML.
        ///   - options: The new defaults; `nil` sends none.
        /// - Returns: The stored plan, with its new serial.
        public func update(name: String, yaml: String, options: RulesetPlanOptions? = nil) async throws -> RulesetPlan {
            try await store(
                .PUT, try Self.path(name), PlanBody(yaml: yaml, options: options), operation: "ifm.rulesetPlans.update")
        }

        /// Changes only what is given of a plan's YAML and options (`PATCH`).
        ///
        /// - Parameters:
        ///   - name: The plan's name.
        ///   - yaml: The new ruleset YAML, or `nil` to keep it.
        ///   - options: The options to change, or `nil` to keep them.
        /// - Returns: The stored plan, with its new serial.
        public func patch(name: String, yaml: String? = nil, options: RulesetPlanOptions? = nil) async throws
            -> RulesetPlan
        {
            try await store(
                .PATCH, try Self.path(name), PlanBody(yaml: yaml, options: options), operation: "ifm.rulesetPlans.patch")
        }

        /// Deletes the plan with this name.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404` when there is none.
        public func delete(name: String) async throws {
            _ = try await client.core.exchange(.DELETE, try Self.path(name), operation: "ifm.rulesetPlans.delete")
        }

        private func store(_ method: HTTPMethod, _ path: String, _ body: PlanBody, operation: String) async throws
            -> RulesetPlan
        {
            try await client.core.sendJSON(method, path, body: body, decoding: RulesetPlan.self, operation: operation)
        }

        /// The path of the plan named `name`.
        ///
        /// - Throws: ``DataMasqueError/Code/configuration`` when `name` is empty.
        static func path(_ name: String) throws -> String {
            guard !name.isEmpty else {
                throw DataMasqueError(code: .configuration, message: "A ruleset plan name must not be empty.")
            }
            return collection + PathSegment.escape(name) + "/"
        }
    }
}

/// The body of a plan's creation or change: only what is set is sent.
private struct PlanBody: Encodable {
    var name: String?
    var yaml: String?
    var options: RulesetPlanOptions?

    enum CodingKeys: String, CodingKey {
        case name
        case yaml = "ruleset_yaml"
        case options
    }
}
