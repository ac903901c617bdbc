import DataMasque
import Foundation
import HTTPTypes

extension EmulatorState {
    /// Starts a schema or file data discovery run from a request body,
    /// keyword-driven or, with `fromConfig`, from the saved config in `discovery_config` (`null` for the defaults).
    ///
    /// - Returns: The run object, `queued`.
    /// - Throws: ``APIError`` `400` with DataMasque's refusal bodies.
    func startDiscovery(_ purpose: StoredRun.Purpose, body: [String: JSONValue], fromConfig: Bool) throws -> JSONValue {
        let configType = purpose == .schemaDiscovery ? "database" : "file"
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
        var options = DiscoveryOptions()
        var source = DiscoveryConfigSnapshot.Source.defaults
        var yaml = defaultDiscoveryConfigYAML(configType: configType)
        var saved: SavedDiscoveryConfig?
        if fromConfig {
            switch body["discovery_config"] {
            case nil:
                errors["discovery_config"] = ["This field is required."]
            case .null?:
                break
            case let value?:
                let id = value.stringValue ?? "\(value)"
                saved = savedDiscoveryConfig(id: id).flatMap { $0.configType == configType ? $0 : nil }
                if saved == nil { errors["discovery_config"] = ["Invalid pk \"\(id)\" - object does not exist."] }
            }
        } else {
            options = try DiscoveryOptions(request: body)
            source = .request
            yaml = options.yaml
        }
        let schemas = Self.strings(body["schemas"], key: "schemas", errors: &errors)
        let runOptions = body["options"] ?? .object([:])
        if runOptions.objectValue == nil { errors["options"] = ["Expected a dictionary of items."] }
        guard errors.isEmpty, let connection else { throw APIError.fields(errors) }
        if let saved {
            guard saved.status == "valid" else {
                throw APIError.fields([
                    "discovery_config": ["Discovery config \"\(saved.name)\" cannot be used: validation status is `\(saved.status)`."]
                ])
            }
            options = DiscoveryOptions(configYAML: saved.yaml)
            source = DiscoveryConfigSnapshot.Source.saved(id: saved.id, name: saved.name)
            yaml = saved.yaml
        }
        guard connection["mask_type"]?.stringValue == configType else {
            let needed = purpose == .schemaDiscovery ? "Schema discovery needs a database connection." : "File data discovery needs a file connection."
            throw APIError.fields(["connection": [needed]])
        }
        let endpoint = StoredRun.Endpoint(
            id: connection["id"]?.stringValue ?? "", name: connection["name"]?.stringValue ?? "")
        try refuseSimultaneousRuns(on: [endpoint.id])

        let now = clock.now
        let id = runs.nextID
        let findings: DiscoveryRecord.Findings
        let items: [String]
        if purpose == .schemaDiscovery {
            let scan = SchemaScan(FakeSchema(connection: connection), schemas: schemas, options: options, runID: id)
            (findings, items) = (.schema(scan), scan.tables.map(\.qualifiedName))
        } else {
            let scan = FileScan(FakeFiles(connection: connection), connection: endpoint, options: options, runID: id)
            (findings, items) = (.files(scan), scan.results.flatMap(\.group.paths))
        }
        let run = StoredRun(
            id: id, name: nil, maskType: purpose == .schemaDiscovery ? .database : .fileDataDiscovery,
            source: endpoint, destination: nil,
            ruleset: StoredRun.Endpoint(id: "", name: purpose == .schemaDiscovery ? "$auto_schema_discovery" : "$auto_file_data_discovery"),
            options: runOptions.objectValue ?? [:], created: now, items: items,
            outcome: RunOutcome(rulesetName: endpoint.name, runName: nil), purpose: purpose)
        runs.add(run)
        discoveries.add(
            DiscoveryRecord(
                runID: id, connectionID: endpoint.id, findings: findings,
                snapshot: DiscoveryConfigSnapshot(source: source, configType: configType, yaml: yaml, taken: now)))
        return timeline(of: run).json(at: now)
    }

    /// The schema discovery findings `GET /api/schema-discovery/v2/{run_id}/` shows for run `id`:
    /// its own once it has finished, or, for a run of another kind, the latest finished scan of its connection.
    ///
    /// - Throws: ``APIError`` `404` for an unknown run, `400` when there is nothing to show.
    func schemaFindings(runID id: String) throws -> SchemaScan {
        let run = try runs.run(id: id)
        guard run.purpose == .schemaDiscovery else {
            guard let scan = latestSchemaScan(connectionID: run.source.id) else {
                throw APIError.detail(.badRequest, "Schema discovery has not been run on this connection.")
            }
            return scan
        }
        guard case .schema(let scan)? = try finishedRecord(of: run, status: .badRequest)?.findings else {
            throw APIError.detail(.badRequest, "Schema discovery has not been run on this connection.")
        }
        return scan
    }

    /// The findings of the file data discovery run `id` once it has finished.
    ///
    /// - Throws: ``APIError`` `404` for an unknown run, a run of another kind or one that has not finished.
    func fileFindings(runID id: String) throws -> FileScan {
        let run = try runs.run(id: id)
        guard run.purpose == .fileDataDiscovery, case .files(let scan)? = try finishedRecord(of: run, status: .notFound)?.findings
        else { throw APIError.detail(.notFound, "Run \(run.id) is not a file data discovery run.") }
        return scan
    }

    /// The findings of the schema discovery run `id` once it has finished, for its reports.
    ///
    /// - Throws: ``APIError`` `404` for an unknown run, a run of another kind or one that has not finished.
    func schemaReportFindings(runID id: String) throws -> SchemaScan {
        let run = try runs.run(id: id)
        guard run.purpose == .schemaDiscovery, case .schema(let scan)? = try finishedRecord(of: run, status: .notFound)?.findings
        else { throw APIError.detail(.notFound, "Run \(run.id) is not a schema discovery run.") }
        return scan
    }

    /// The latest finished schema discovery findings of connection `connectionID`, if any.
    func latestSchemaScan(connectionID: String) -> SchemaScan? {
        let now = clock.now
        for run in runs.all.reversed()
        where run.purpose == .schemaDiscovery && run.source.id == connectionID
            && timeline(of: run).status(at: now).isSuccessful
        {
            if case .schema(let scan)? = discoveries.record(runID: run.id)?.findings { return scan }
        }
        return nil
    }

    /// The latest finished file discovery findings of connection `connectionID`, if any.
    func latestFileScan(connectionID: String) -> FileScan? {
        let now = clock.now
        for run in runs.all.reversed()
        where run.purpose == .fileDataDiscovery && run.source.id == connectionID
            && timeline(of: run).status(at: now).isSuccessful
        {
            if case .files(let scan)? = discoveries.record(runID: run.id)?.findings { return scan }
        }
        return nil
    }

    /// The config snapshot zip of discovery run `id`, with its header timestamp at `offset` seconds from UTC.
    ///
    /// - Throws: ``APIError`` `404` for an unknown run or one that is not a discovery run.
    func configSnapshot(runID id: String, offset: Int) throws -> (archive: Data, filename: String) {
        let run = try runs.run(id: id)
        guard let record = discoveries.record(runID: run.id) else {
            throw APIError.detail(.notFound, "Run \(run.id) is not a discovery run.")
        }
        let snapshot = record.snapshot
        var fate = DiscoveryConfigSnapshot.Fate.unchanged
        if case .saved(let configID, _) = snapshot.source {
            let current = savedDiscoveryConfig(id: configID)
            fate = current == nil ? .deleted : current?.yaml == snapshot.yaml ? .unchanged : .changed
        }
        let archive = snapshot.archive(runID: run.id, fate: fate, offset: offset, now: clock.now)
        return (archive, "config-\(run.id).yaml.zip")
    }

    /// The record of `run` once it has finished successfully.
    ///
    /// - Throws: ``APIError`` with `status` naming the run's state while it has not.
    private func finishedRecord(of run: StoredRun, status: HTTPResponse.Status) throws -> DiscoveryRecord? {
        let current = timeline(of: run).status(at: clock.now)
        guard current.isSuccessful else {
            let state = current.isFinal ? "ended \(current.rawValue)" : "is still \(current.rawValue)"
            throw APIError.detail(status, "Discovery run \(run.id) \(state); it has no results.")
        }
        return discoveries.record(runID: run.id)
    }

    /// The strings of a list member; `[]` when absent, with an error added when it is not a list of strings.
    static func strings(_ value: JSONValue?, key: String, errors: inout [String: [String]]) -> [String] {
        switch value {
        case nil, .null?: return []
        case .array(let items)? where items.allSatisfy({ $0.stringValue != nil }): return items.compactMap(\.stringValue)
        default:
            errors[key] = ["Expected a list of strings."]
            return []
        }
    }
}
