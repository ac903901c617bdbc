import DataMasque
import Foundation

/// The steps of `dm demo` after the emulator has started, done with the real client.
struct DemoScript {
    let terminal: Terminal
    let narrator: DemoNarrator
    /// The emulator's address and administrator.
    let baseURL: URL
    let username: String
    let password: String
    /// Time between status checks of the masking run.
    let interval: Duration

    /// Logs in, creates a connection, a library and a ruleset, runs the ruleset and sums up the run,
    /// then discovers the database's sensitive columns, generates a ruleset for them and runs it,
    /// and last masks a few records in flight.
    ///
    /// - Throws: ``CLIError`` when a step fails, including a run that does not finish.
    func perform() async throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: baseURL, credential: .password(username: username, password: password))
        try await withDataMasqueClient(configuration) { client in
            narrator.begin(2, "Logging in")
            narrator.command("dm auth login")
            try await client.authenticate()
            narrator.done("Logged in to \(baseURL.absoluteString) as \(username).")

            let connection = try await createConnection(client)
            try await uploadLibrary(client)
            let ruleset = try await uploadRuleset(client)
            let run = try await startRun(client, connection: connection, ruleset: ruleset, step: 6)
            try await summarise(client, run: run)
            let found = try await discover(client, connection: connection)
            let generated = try await generateRuleset(client, connection: connection, from: found)
            _ = try await startRun(client, connection: connection, ruleset: generated, step: 10)
        }
        try await maskInFlight()
    }

    private func createConnection(_ client: DataMasqueClient) async throws -> Connection {
        narrator.begin(3, "Creating a database connection")
        narrator.command("dm connections create --name demo_shop_db --type database --db-type postgres …")
        let connection = try await client.connections.createOrUpdate(DemoContent.connection)
        narrator.done("Saved PostgreSQL connection '\(connection.name)' (id \(connection.id ?? "?")); its password is stored encrypted.")
        return connection
    }

    private func uploadLibrary(_ client: DataMasqueClient) async throws {
        narrator.begin(4, "Uploading a ruleset library of reusable masks")
        narrator.command("dm libraries create --name \(DemoContent.libraryName) -n \(DemoContent.libraryNamespace) -f customer_masks.yml")
        let library = try await client.rulesetLibraries.createOrUpdate(
            RulesetLibrary(name: DemoContent.libraryName, namespace: DemoContent.libraryNamespace, yaml: DemoContent.libraryYAML))
        narrator.say(DemoContent.libraryYAML)
        narrator.done("Saved library '\(DemoContent.libraryNamespace)/\(library.name)': \(library.metadata.statusText).")
    }

    private func uploadRuleset(_ client: DataMasqueClient) async throws -> Ruleset {
        narrator.begin(5, "Uploading a ruleset that imports the library")
        narrator.command("dm rulesets create --name \(DemoContent.rulesetName) --type database -f demo_customers.yml")
        let ruleset = try await client.rulesets.createOrUpdate(
            Ruleset(name: DemoContent.rulesetName, yaml: DemoContent.rulesetYAML, rulesetType: .database))
        narrator.say(DemoContent.rulesetYAML)
        guard ruleset.isValid == .valid else {
            throw CLIError(
                .error, "The demo ruleset is \(ruleset.metadata.statusText)", details: ruleset.validationErrors.map(\.detail))
        }
        narrator.done("Saved ruleset '\(ruleset.name)': \(ruleset.metadata.statusText), checked by the server with its import.")
        return ruleset
    }

    func startRun(_ client: DataMasqueClient, connection: Connection, ruleset: Ruleset, step: Int) async throws -> RunInfo {
        narrator.begin(step, "Starting a masking run with '\(ruleset.name)' and following it")
        narrator.command("dm run start -c \(connection.name) -r \(ruleset.name)")
        let request = try RunTargets.request(
            source: connection, ruleset: ruleset, destination: nil, options: MaskingRunOptions(),
            name: RunTargets.runName(connection.name))
        let launch = try await RunLaunch.start(
            request, client: client, terminal: terminal, waiting: RunWaitSchedule(interval: interval),
            announcement: { "Started run \($0)." })
        guard let (run, elapsed) = launch.ended, run.status.isSuccessful else {
            throw CLIError(.error, "The demo run did not finish.", hint: "Run `dm demo` again.")
        }
        narrator.done("Run \(run.id) \(run.status.rawValue) after \(ElapsedTime.text(elapsed)).")
        return run
    }

    private func summarise(_ client: DataMasqueClient, run: RunInfo) async throws {
        narrator.begin(7, "Reading the run's log")
        narrator.command("dm run logs \(run.id)")
        let entries = try await client.runs.logEntries(id: run.id)
        for entry in entries { narrator.say(terminal.lines(for: entry).joined(separator: "\n")) }
        if let done = RunProgress(entries).text {
            narrator.done("Masked \(done) with ruleset '\(run.rulesetName)' on '\(run.sourceConnection.name)'.")
        }
        narrator.say(
            "A database run has no CSV report; a file masking run does: `dm run report <id>`.")
    }

    /// Creates an in-flight masking plan, masks a few records with it, shows them before and after, and deletes it.
    private func maskInFlight() async throws {
        narrator.begin(11, "Masking records in flight, without a database")
        narrator.command("dm ifm create --name \(DemoContent.planName) -f customers_plan.yml")
        let configuration = try DataMasqueIFMClient.Configuration(
            adminURL: baseURL, credential: .password(username: username, password: password))
        try await withDataMasqueIFMClient(configuration) { ifm in
            let plan = try await ifm.rulesetPlans.create(name: DemoContent.planName, yaml: DemoContent.planYAML)
            narrator.say(DemoContent.planYAML)
            narrator.done("Created plan '\(plan.name)' (serial \(plan.serial)); the service added a suffix to the name.")
            narrator.command("cat customers.json | dm ifm mask \(plan.name) -d -")
            let result = try await ifm.mask(plan: plan.name, records: DemoContent.records)
            guard result.success else {
                throw CLIError(.error, "The demo plan could not mask the records", details: result.logs.map(\.message))
            }
            for (before, after) in zip(DemoContent.records, result.records) {
                narrator.say(
                    "before: \(OrderedJSON(before).rendered(pretty: false))\n after: \(OrderedJSON(after).rendered(pretty: false))")
            }
            narrator.command("dm ifm delete \(plan.name) -y")
            try await ifm.rulesetPlans.delete(name: plan.name)
            narrator.done("Masked \(result.records.count) records in one call, then deleted the plan.")
        }
    }
}
