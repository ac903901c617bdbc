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

    /// Logs in, creates a connection, a library and a ruleset, runs the ruleset and sums up the run.
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
            let run = try await startRun(client, connection: connection, ruleset: ruleset)
            try await summarise(client, run: run)
        }
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
        let requests = LibraryRequests(client: client)
        let existing = try await requests.find(DemoContent.libraryName, namespace: DemoContent.libraryNamespace)
        let library = try await requests.save(
            name: DemoContent.libraryName, namespace: DemoContent.libraryNamespace, yaml: DemoContent.libraryYAML,
            existing: existing?.id)
        narrator.say(DemoContent.libraryYAML)
        narrator.done("Saved library '\(DemoContent.libraryNamespace)/\(library.name)': \(library.status).")
    }

    private func uploadRuleset(_ client: DataMasqueClient) async throws -> RulesetRecord {
        narrator.begin(5, "Uploading a ruleset that imports the library")
        narrator.command("dm rulesets create --name \(DemoContent.rulesetName) --type database -f demo_customers.yml")
        let ruleset = try await RulesetRequests(client: client).upsert(
            name: DemoContent.rulesetName, yaml: DemoContent.rulesetYAML, type: .database)
        narrator.say(DemoContent.rulesetYAML)
        guard ruleset.status == "valid" else {
            throw CLIError(
                .error, "The demo ruleset is \(ruleset.status)", details: ruleset.issues.map(\.detail))
        }
        narrator.done("Saved ruleset '\(ruleset.name)': \(ruleset.status), checked by the server with its import.")
        return ruleset
    }

    private func startRun(_ client: DataMasqueClient, connection: Connection, ruleset: RulesetRecord) async throws
        -> RunRecord
    {
        narrator.begin(6, "Starting a masking run and following it")
        narrator.command("dm run start -c \(connection.name) -r \(ruleset.name)")
        let body = try RunTargets.body(
            source: connection, ruleset: ruleset, destination: nil, options: [:],
            name: RunTargets.runName(connection.name))
        let launch = try await RunLaunch.start(
            body, client: client, terminal: terminal,
            waiter: RunWaiter(client: client, terminal: terminal, interval: interval),
            announcement: { "Started run \($0)." })
        guard let (run, elapsed) = launch.ended, run.status.isSuccessful else {
            throw CLIError(.error, "The demo run did not finish.", hint: "Run `dm demo` again.")
        }
        narrator.done("Run \(run.id) \(run.status.rawValue) after \(ElapsedTime.text(elapsed)).")
        return run
    }

    private func summarise(_ client: DataMasqueClient, run: RunRecord) async throws {
        narrator.begin(7, "Reading the run's log")
        narrator.command("dm run logs \(run.id)")
        let text = try await RunRequests(client: client).log(run.id)
        let entries = RunLogEntry.entries(in: text) ?? []
        for entry in entries { narrator.say(terminal.lines(for: entry).joined(separator: "\n")) }
        if let done = RunProgress(entries).text {
            narrator.done("Masked \(done) with ruleset '\(run.rulesetName ?? "")' on '\(run.sourceName ?? "")'.")
        }
        narrator.say(
            "A database run has no CSV report; a file masking run does: `dm run report <id>`.")
    }
}
