public import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle
import UnixSignals

/// An in-memory DataMasque server for tests and demos.
///
/// It speaks DataMasque's HTTP API on a local port:
/// token login and logout, the healthcheck, and connections,
/// users with roles, uploaded files, the licence, settings and the log archive,
/// rulesets, ruleset libraries and masking runs,
/// with DataMasque's status codes, error bodies and pagination envelope.
/// Its state lives in memory and is lost when it stops.
///
/// ```swift
/// let emulator = DataMasqueEmulator(configuration: EmulatorConfiguration(port: 0))
/// let baseURL = try await emulator.start()      // e.g. http://127.0.0.1:54321
/// await emulator.control.expireAllTokens()
/// // … send requests to baseURL …
/// await emulator.stop()
/// ```
///
/// In Swift tests, `withEmulator` from `DataMasqueTesting` starts and stops one for you.
///
/// ## Rulesets and libraries
///
/// Rulesets and libraries are stored even when invalid, with a verdict in `is_valid` and `validation_errors`.
/// The emulator's validation is a simple, deterministic stand-in for DataMasque's:
/// the YAML must parse into a mapping with `version`;
/// a ruleset also needs `tasks`, each with a known `type`
/// (`mask_table`, `mask_unique_key`, `run_sql`, `truncate_table`, `build_temp_table`, `serial`, `parallel`
/// for `database` rulesets; `mask_file`, `mask_tabular_file` for `file` rulesets),
/// and a `mask_table` task needs a `table`;
/// a library's `tasks`, if any, must each have one of these types.
/// YAML is validated once, when written, never on reads.
/// It is `invalid` when it is larger than 8 MiB, uses more than 1,000 aliases or an alias in a mapping key,
/// nests more than 128 levels deep, or has aliases that stand for more than 100,000 nodes.
/// A ruleset imports libraries with a top-level `imports:` list of `namespace/name` strings
/// (`name` alone for the default namespace);
/// one that does not exist gives a `library_missing` error, an invalid one a `library_invalid` error.
/// Each error has the line and column of the offending node.
/// YAML of 61,440 bytes or more reads `in_progress` for ``EmulatorConfiguration/deferredValidationDelay``.
///
/// ## Masking runs
///
/// A run moves one step per ``EmulatorConfiguration/runStepDuration`` on the emulator clock:
/// `queued`, `validating`, one `running` step per table or file
/// (the `mask_table` tables of its ruleset, or three made-up ones),
/// then `finished`.
/// Its log gains a line such as `Masked table customers (250 rows).` at each step.
/// A ruleset or run whose name ends in `_warn` ends `finished_with_warnings`, one ending in `_fail` ends `failed`;
/// ``EmulatorControl/setOutcome(_:forRun:)`` scripts a single run.
/// A cancelled run is `cancelling` until the next step, then `cancelled`.
/// A file run that has ended has a run report; no run has a sensitive data discovery report.
///
/// ## Control endpoints
///
/// Drivers in other processes change the same state over HTTP.
/// These endpoints need no token, bypass the SPCS gateway, faults and the start-up phase,
/// and are not recorded.
/// They exist only in the emulator.
///
/// | Request | Effect |
/// |---|---|
/// | `POST /_emulator/reset` | Forgets tokens, connections, rulesets, libraries, runs, faults, the gateway mode and recorded requests, and resets the emulator clock; users, files, licence and settings return to their start. |
/// | `POST /_emulator/expire-tokens` | Expires every issued token. |
/// | `POST /_emulator/revoke-tokens` | Forgets every issued token. |
/// | `POST /_emulator/starting-up` | `{"requests": n}` or `{"seconds": s}` (each up to 86,400) starts a `502` phase; `{}` ends it. |
/// | `POST /_emulator/faults` | `{"path", "status", "count", "retry_after", "latency_ms"}` plans a fault; all keys optional; `status` 200–599, `retry_after` up to 86,400, `latency_ms` up to 600,000. |
/// | `DELETE /_emulator/faults` | Drops planned faults. |
/// | `POST /_emulator/spcs-mode` | `{"mode": "accepting" \| "expired" \| "network_policy"}`. |
/// | `GET /_emulator/requests` | The recorded requests as a JSON array, secrets redacted. |
/// | `DELETE /_emulator/requests` | Forgets the recorded requests. |
/// | `GET /_emulator/status` | `{"login_count": n}`. |
/// | `POST /_emulator/users` | `{"username", "password", "user_roles", "email", "is_active"}` adds a user; answers `201 {"id": n}`. |
/// | `GET /_emulator/users` | The users as `GET /api/users/` returns them. |
/// | `POST /_emulator/clock/advance` | `{"seconds": s}` (up to ten years) moves the emulator clock, which drives runs and deferred validation. |
/// | `POST /_emulator/runs/advance` | `{"steps": n}` (default 1, up to 1,000,000) moves every run `n` steps further. |
/// | `POST /_emulator/runs/complete` | Moves the emulator clock until every run has ended. |
/// | `POST /_emulator/runs/{id}/outcome` | `{"outcome": "finished" \| "finished_with_warnings" \| "failed"}` scripts how a run ends. |
///
/// Successful changes answer `204`;
/// a value out of range answers `400` naming the field and its range.
/// A JSON body larger than 64 MiB answers `413`.
///
/// ## Uploads
///
/// Uploaded files are written to a temporary directory as they arrive, never held in memory whole,
/// up to ``EmulatorConfiguration/maximumUploadSize`` (4 GiB by default); a larger upload answers `413`.
/// A file is removed from disk when it is deleted, when the emulator is reset,
/// and when the emulator ends.
public actor DataMasqueEmulator {
    /// The settings the emulator runs with.
    public nonisolated let configuration: EmulatorConfiguration
    /// Switches for tokens, faults, the start-up phase and the SPCS gateway, and the recorded requests.
    public nonisolated let control: EmulatorControl

    private let state: EmulatorState
    private var runningGroup: ServiceGroup?
    private var task: Task<Void, any Error>?

    /// The address clients use, such as `http://127.0.0.1:54321`; `nil` until ``start()`` returns.
    public private(set) var baseURL: URL?

    /// Creates an emulator; it listens only once started.
    public init(configuration: EmulatorConfiguration = EmulatorConfiguration()) {
        self.configuration = configuration
        self.state = EmulatorState(configuration: configuration)
        self.control = EmulatorControl(state: state)
    }

    deinit {
        task?.cancel()
    }

    /// Starts listening and returns the base URL, with the bound port when the configured port is `0`.
    ///
    /// Starting a running emulator returns its URL again.
    ///
    /// - Throws: When the address cannot be bound or the request log cannot be opened.
    @discardableResult
    public func start() async throws -> URL {
        if let baseURL { return baseURL }
        let (ports, bound) = AsyncStream.makeStream(of: Int.self)
        let group = try await makeServiceGroup(gracefulShutdownSignals: []) { port in
            bound.yield(port)
            bound.finish()
        }
        let task = Task {
            defer { bound.finish() }
            try await group.run()
        }
        for await port in ports {
            let url = Self.baseURL(host: configuration.host, port: port)
            (self.runningGroup, self.task, self.baseURL) = (group, task, url)
            return url
        }
        try await task.value
        throw CancellationError()
    }

    /// Stops listening after the requests in progress are answered.
    ///
    /// The state stays as it was; starting again serves it on a new port when the configured port is `0`.
    public func stop() async {
        await runningGroup?.triggerGracefulShutdown()
        _ = await task?.result
        (runningGroup, task, baseURL) = (nil, nil, nil)
    }

    /// Serves until the process receives `SIGINT` or `SIGTERM` or the calling task is cancelled,
    /// as `dm emulator` does;
    /// uploaded files are removed from disk when it returns.
    ///
    /// - Parameter onStarted: Called with the base URL once the emulator listens.
    /// - Throws: When the address cannot be bound or the request log cannot be opened.
    public func run(onStarted: @escaping @Sendable (URL) async -> Void = { _ in }) async throws {
        let host = configuration.host
        defer { state.spool.removeAll() }
        try await makeServiceGroup(gracefulShutdownSignals: [.sigterm, .sigint]) { port in
            await onStarted(Self.baseURL(host: host, port: port))
        }.run()
    }

    private func makeServiceGroup(
        gracefulShutdownSignals: [UnixSignal],
        onBound: @escaping @Sendable (Int) async -> Void
    ) async throws -> ServiceGroup {
        let application = try await buildApplication(configuration: configuration, state: state) { channel in
            await onBound(channel.localAddress?.port ?? 0)
        }
        return ServiceGroup(
            configuration: .init(
                services: [application], gracefulShutdownSignals: gracefulShutdownSignals, logger: configuration.logger)
        )
    }

    /// The URL for `host`, using loopback for a wildcard address.
    private static func baseURL(host: String, port: Int) -> URL {
        let reachable =
            switch host {
            case "0.0.0.0", "": "127.0.0.1"
            case "::": "[::1]"
            case let literal where literal.contains(":"): "[\(literal)]"
            default: host
            }
        return URL(string: "http://\(reachable):\(port)")!
    }
}
