import DataMasque

extension DemoScript {
    /// Runs schema discovery on the demo database and shows the columns it flagged.
    ///
    /// - Returns: The flagged columns.
    /// - Throws: ``CLIError`` when the run does not finish or flags nothing.
    func discover(_ client: DataMasqueClient, connection: Connection) async throws -> [SchemaDiscoveryResult] {
        narrator.begin(8, "Discovering the sensitive columns of the database")
        narrator.command("dm discover schema \(connection.name) --wait")
        guard let connectionID = connection.id else { throw CLIError(.error, "The demo connection has no id.") }
        let id = try await client.discovery.start(SchemaDiscoveryRequest(connectionID: connectionID))
        let (run, elapsed) = try await terminal.waitForRun(id, client: client, schedule: RunWaitSchedule(interval: interval))
        guard run.status.isSuccessful else {
            throw CLIError(.error, "The demo discovery run ended as \(run.status).", hint: "Run `dm demo` again.")
        }
        narrator.command("dm discover schema-results \(id)")
        let results = try await client.discovery.schemaResults(runID: id)
        let flagged = results.filter { !$0.data.discoveryMatches.compactMap(\.label).isEmpty }
        for result in flagged {
            let labels = result.data.discoveryMatches.compactMap(\.label).joined(separator: ", ")
            narrator.say("\([result.schema, result.table, result.column].compactMap { $0 }.joined(separator: ".")): \(labels)")
        }
        guard !flagged.isEmpty else { throw CLIError(.error, "The demo discovery run flagged no column.") }
        narrator.done(
            "Run \(id) \(run.status.rawValue) after \(ElapsedTime.text(elapsed)): "
                + "\(flagged.count) of \(results.count) columns look sensitive.")
        return flagged
    }

    /// Generates a ruleset for the flagged columns and stores it.
    ///
    /// - Throws: ``CLIError`` when the generated ruleset is not valid.
    func generateRuleset(
        _ client: DataMasqueClient, connection: Connection, from flagged: [SchemaDiscoveryResult]
    ) async throws -> Ruleset {
        narrator.begin(9, "Generating a ruleset from what discovery found")
        narrator.command("dm rulesets generate -f selection.json -o demo_generated.yml")
        var columns: [String: [String: [String]]] = [:]
        for result in flagged { columns[result.schema ?? "", default: [:]][result.table, default: []].append(result.column) }
        guard let connectionID = connection.id else { throw CLIError(.error, "The demo connection has no id.") }
        let yaml = try await client.rulesetGeneration.generate(
            RulesetGenerationRequest(connectionID: connectionID, selection: ColumnSelection(columns: columns)))
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        narrator.say(lines.prefix(16).joined(separator: "\n"))
        if lines.count > 16 { narrator.say("… \(lines.count - 16) more lines") }
        narrator.command("dm rulesets create --name \(DemoContent.generatedRulesetName) --type database -f demo_generated.yml")
        let ruleset = try await client.rulesets.createOrUpdate(
            Ruleset(name: DemoContent.generatedRulesetName, yaml: yaml, rulesetType: .database))
        guard ruleset.isValid == .valid else {
            throw CLIError(
                .error, "The generated ruleset is \(ruleset.metadata.statusText)", details: ruleset.validationErrors.map(\.detail))
        }
        narrator.done("Saved ruleset '\(ruleset.name)': \(ruleset.metadata.statusText).")
        return ruleset
    }
}
