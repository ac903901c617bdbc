import DataMasque
import Foundation

extension EmulatorState {
    /// Generates a ruleset at once, for `POST /api/generate-ruleset/v2/` and `v3/`
    /// or, with `files`, `POST /api/generate-file-ruleset/` and `v2/`.
    ///
    /// - Parameter withRGConfig: Whether the body must carry `rg_config` (an id, or `null` for the default).
    /// - Returns: The ruleset's YAML.
    /// - Throws: ``APIError`` `400` for a missing or unknown connection or RG config, or a bad selection.
    func generateRuleset(_ body: [String: JSONValue], files: Bool, withRGConfig: Bool) throws -> String {
        var errors: [String: [String]] = [:]
        var connection: ConnectionStore.Object?
        switch body["connection"] {
        case nil, .null?:
            errors["connection"] = ["This field is required."]
        case let value?:
            let id = value.stringValue ?? "\(value)"
            connection = try? connections.connection(id: id)
            if connection == nil { errors["connection"] = ["Invalid pk \"\(id)\" - object does not exist."] }
        }
        let rgConfig = try withRGConfig ? resolveRGConfig(body, errors: &errors) : nil
        guard errors.isEmpty, let connection else { throw APIError.fields(errors) }
        let selection =
            files
            ? GenerationSelection.files(try GenerationSelection.files(in: body))
            : GenerationSelection.columns(try GenerationSelection.columns(in: body))
        return try generate(selection, connection: connection, rgConfig: rgConfig)
    }

    /// Starts the asynchronous ruleset generation of connection `connectionID` from a selection body,
    /// `selected_columns` for a database connection or `selected_data` for a file connection.
    ///
    /// - Returns: The task's status object, `queued`.
    /// - Throws: ``APIError`` `404` for an unknown connection,
    ///   `400` for a bad selection or RG config, or while the connection's previous task is unfinished.
    func startGeneration(connectionID: String, body: [String: JSONValue], withRGConfig: Bool) throws -> JSONValue {
        let connection = try connections.connection(id: connectionID)
        var errors: [String: [String]] = [:]
        let rgConfig = try withRGConfig ? resolveRGConfig(body, errors: &errors) : nil
        guard errors.isEmpty else { throw APIError.fields(errors) }
        let selection =
            connection["mask_type"]?.stringValue == "file"
            ? GenerationSelection.files(try GenerationSelection.files(in: body))
            : GenerationSelection.columns(try GenerationSelection.columns(in: body))
        let yaml = try generate(selection, connection: connection, rgConfig: rgConfig)
        return try startTask(connectionID: connectionID, rgConfig: rgConfig, product: .ruleset(yaml), failure: nil)
    }

    /// Starts the asynchronous ruleset generation of connection `connectionID` from the `columns` a CSV selects,
    /// with the RG config in `rgConfigField` when `withRGConfig` (an id, or empty for the default).
    ///
    /// A CSV that selects no column makes a task that fails.
    ///
    /// - Returns: The task's status object, `queued`.
    /// - Throws: ``APIError`` `404` for an unknown connection, `400` for a file connection, a bad RG config,
    ///   or while the connection's previous task is unfinished.
    func startGeneration(
        connectionID: String, columns: [GenerationSelection.Column], rgConfigField: String?, withRGConfig: Bool,
        targetSize: Int
    ) throws -> JSONValue {
        let connection = try connections.connection(id: connectionID)
        guard connection["mask_type"]?.stringValue != "file" else {
            throw APIError.fields(["connection": ["Ruleset generation from a CSV needs a database connection."]])
        }
        var errors: [String: [String]] = [:]
        let field: JSONValue? = rgConfigField.map { $0.isEmpty ? .null : .string($0) }
        let rgConfig = try withRGConfig ? resolveRGConfig(field.map { ["rg_config": $0] } ?? [:], errors: &errors) : nil
        guard errors.isEmpty else { throw APIError.fields(errors) }
        let generator = RulesetGenerator(connectionName: connection["name"]?.stringValue ?? "", rgConfig: rgConfig)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd"
        let rulesets = generator.databaseRulesets(
            columns, schema: FakeSchema(connection: connection), scan: latestSchemaScan(connectionID: connectionID),
            targetSize: targetSize, date: formatter.string(from: clock.now))
        return try startTask(
            connectionID: connectionID, rgConfig: rgConfig, product: .rulesets(rulesets),
            failure: columns.isEmpty ? "The CSV selects no column." : nil)
    }

    /// The status object of connection `connectionID`'s task.
    ///
    /// - Throws: ``APIError`` `404` when the connection has never had a task.
    func generationStatus(connectionID: String) throws -> JSONValue {
        try generationTask(connectionID: connectionID).json(at: clock.now, stepDuration: configuration.runStepDuration)
    }

    /// Cancels connection `connectionID`'s task unless it has ended.
    ///
    /// - Throws: ``APIError`` `404` when the connection has never had a task.
    func cancelGeneration(connectionID: String) throws {
        var task = try generationTask(connectionID: connectionID)
        guard !task.status(at: clock.now, stepDuration: configuration.runStepDuration).isFinal else { return }
        task.cancelled = clock.now
        generations.put(task)
    }

    /// What `GET …/download-rulesets/` answers once connection `connectionID`'s task has succeeded:
    /// the generated rulesets of a CSV task, or `nil` for a selection task, whose ruleset is in its status.
    ///
    /// - Throws: ``APIError`` `404` when there is no task or it has not succeeded.
    func generatedRulesets(connectionID: String) throws -> [(name: String, yaml: String)]? {
        let task = try generationTask(connectionID: connectionID)
        let status = task.status(at: clock.now, stepDuration: configuration.runStepDuration)
        guard status.isSuccessful else {
            throw APIError.detail(.notFound, "Ruleset generation is \(status.rawValue); there are no rulesets to download.")
        }
        guard case .rulesets(let rulesets) = task.product else { return nil }
        return rulesets
    }

    /// How many steps the slowest unfinished ruleset generation task still needs.
    func remainingGenerationSteps() -> Int {
        let now = clock.now
        return generations.tasks.values.map { task in
            task.status(at: now, stepDuration: configuration.runStepDuration).isFinal
                ? 0 : 2 - task.step(at: now, stepDuration: configuration.runStepDuration)
        }.max() ?? 0
    }

    private func generationTask(connectionID: String) throws -> GenerationTask {
        guard let task = generations.task(connectionID: connectionID) else {
            throw APIError.detail(.notFound, "No ruleset generation has been started for this connection.")
        }
        return task
    }

    private func startTask(connectionID: String, rgConfig: SavedRGConfig?, product: GenerationTask.Product, failure: String?)
        throws -> JSONValue
    {
        let now = clock.now
        if let task = generations.task(connectionID: connectionID),
            !task.status(at: now, stepDuration: configuration.runStepDuration).isFinal
        {
            throw APIError.detail(.badRequest, "Ruleset generation is already in progress for this connection.")
        }
        let task = GenerationTask(
            connectionID: connectionID, rgConfigID: rgConfig?.id, created: now, product: product, outcome: .finished,
            failure: failure)
        generations.put(task)
        return task.json(at: now, stepDuration: configuration.runStepDuration)
    }

    /// The YAML for `selection` on `connection`, labelled by the connection's latest discovery.
    private func generate(_ selection: GenerationSelection, connection: ConnectionStore.Object, rgConfig: SavedRGConfig?)
        throws -> String
    {
        let id = connection["id"]?.stringValue ?? ""
        let isFile = connection["mask_type"]?.stringValue == "file"
        let generator = RulesetGenerator(connectionName: connection["name"]?.stringValue ?? "", rgConfig: rgConfig)
        switch selection {
        case .columns(let columns):
            guard !isFile else {
                throw APIError.fields(["connection": ["Database ruleset generation needs a database connection."]])
            }
            return generator.database(columns, schema: FakeSchema(connection: connection), scan: latestSchemaScan(connectionID: id))
        case .files(let files):
            guard isFile else { throw APIError.fields(["connection": ["File ruleset generation needs a file connection."]]) }
            return generator.files(files, scan: latestFileScan(connectionID: id))
        }
    }

    /// The RG config `rg_config` in `body` names: `nil` for `null` (the default).
    ///
    /// Adds a field error when the member is missing or names no usable config.
    ///
    /// - Throws: ``APIError`` `400` `{"message": …}` when the config's stored YAML cannot be used.
    private func resolveRGConfig(_ body: [String: JSONValue], errors: inout [String: [String]]) throws -> SavedRGConfig? {
        switch body["rg_config"] {
        case nil:
            errors["rg_config"] = ["This field is required."]
            return nil
        case .null?:
            return nil
        case let value?:
            let id = value.stringValue ?? "\(value)"
            guard let config = savedRGConfig(id: id) else {
                errors["rg_config"] = ["Invalid pk \"\(id)\" - object does not exist."]
                return nil
            }
            if let problem = config.problem {
                throw APIError(
                    status: .badRequest,
                    body: ["message": .string("Ruleset generation config \"\(config.name)\" could not be parsed: \(problem)")])
            }
            return config
        }
    }
}
