import ArgumentParser
import DataMasque

/// What `dm discover schema` and `dm discover file` share: the connection, a saved config, and how to wait.
struct DiscoveryStart: ParsableArguments {
    @Argument(help: "The connection's name or id.")
    var connection: String

    @Option(name: .shortAndLong, help: "Run with this saved discovery config instead of the default discovery.")
    var config: String?

    @Flag(help: "Wait for the run to end, showing its status.")
    var wait = false

    @OptionGroup var schedule: RunWaitOptions
    @OptionGroup var profile: ProfileOption
    @OptionGroup var output: JSONOption

    /// Starts a `kind` run, prints its id, and waits for it with `--wait`.
    func run(_ kind: DiscoveryKind) async throws {
        let terminal = Terminal.current
        let (connection, config, wait, schedule) = (connection, config, wait, schedule.schedule)
        let (id, ended) = try await terminal.withClient(profile: profile.profile) { client async throws -> (RunID, RunInfo?) in
            let (_, connectionID) = try await DM.Connections.resolve(connection, in: client)
            let id = try await Self.start(kind, connectionID: connectionID, config: config, client: client, label: connection)
            terminal.success(
                "\(kind.title) run \(id) started for connection '\(connection)' "
                    + "(\(config.map { "config '\($0)'" } ?? "default discovery")). \(kind.followUp(id))")
            guard wait else { return (id, nil) }
            return (id, try await terminal.waitForRun(id, client: client, schedule: schedule).run)
        }
        var answer: [OrderedJSON.Field] = [.init("id", .int(id))]
        if let ended { answer.append(.init("status", .string(ended.status.rawValue))) }
        if terminal.wantsJSON(output.json) { terminal.printJSON(.object(answer)) }
        guard let ended else { return }
        guard ended.status.isSuccessful else {
            throw CLIError(
                .error, "\(kind.title) run \(id) ended as \(ended.status).", hint: "Read its log with `dm run logs \(id)`.")
        }
        terminal.info("Run \(id) \(ended.status).")
    }

    private static func start(
        _ kind: DiscoveryKind, connectionID: String, config: String?, client: DataMasqueClient, label: String
    ) async throws -> RunID {
        var configID: String?
        if let config { configID = try await resolveConfig(config, kind: kind, client: client) }
        do {
            switch (kind, configID) {
            case (.schema, nil):
                return try await client.discovery.start(SchemaDiscoveryRequest(connectionID: connectionID))
            case (.schema, let configID?):
                return try await client.discovery.start(
                    SchemaDiscoveryFromConfigRequest(connectionID: connectionID, discoveryConfigID: configID))
            case (.file, nil):
                return try await client.discovery.start(FileDataDiscoveryRequest(connectionID: connectionID))
            case (.file, let configID?):
                return try await client.discovery.start(
                    FileDataDiscoveryFromConfigRequest(connectionID: connectionID, discoveryConfigID: configID))
            }
        } catch let error as DataMasqueError where error.code == .discoveryConfigNotFound {
            throw CLIError(.notFound, error.message)
        } catch let error as DataMasqueError where error.code == .invalidDiscoveryConfig {
            throw CLIError(.invalidInput, error.message)
        } catch let error as DataMasqueError {
            throw CLIError.prefixed(error, "Failed to start \(kind.title.lowercased()) on '\(label)'")
        }
    }
}
