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
/// schema and file data discovery, ruleset generation,
/// and the in-flight masking service under `/ifm/`,
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
/// A file run that has ended has a run report.
///
/// ## Discovery and ruleset generation
///
/// Each database connection pretends to hold the same tables every time,
/// derived from its `db_type`, `name`, `schema` and `database` alone.
/// Its default schema (its `schema`, else `public`, `dbo`, `PUBLIC`, the database name or the upper-cased user by engine)
/// holds `customers`, `orders` and `employees`, plus `payments` or `addresses` as the connection's name decides;
/// a schema called `archive` holds `customers_archive` and `audit_log`
/// and is scanned only when a request names it in `schemas`.
/// Columns include `id` (primary key), `first_name`, `last_name`, `email` (unique), `phone`, `dob`, `ssn`,
/// `card_number`, `salary`, `street_address`, `status`, `is_active`, `photo` (binary) and `created_at`,
/// with the engine's type names; `orders.customer_id` and similar columns are foreign keys.
/// Each file connection holds, under its `base_directory`, two CSV files `customers/customers_2024.csv` and `…_2025.csv`,
/// `hr/staff.json` with fields at `["employees", "*", …]`, and `sales/orders.csv` or `sales/payments.csv`.
///
/// Discovery flags a column or field by its name, ignoring case (flagged by `MDD`):
/// `email` → `email`, `first_name`/`firstname`/`given_name` → `first_name`, `last_name`/`lastname`/`surname` → `last_name`,
/// `ssn`/`social_security` → `social_security_number`, `dob`/`birth` → `date_of_birth`,
/// `card_number`/`credit_card`/`card_no` → `credit_card_number`, `phone`/`mobile` → `phone_number`,
/// `address` → `street_address`, `salary` → `salary`; the first rule that matches wins.
/// A custom keyword the name contains adds a match labelled with the keyword (category `Custom`);
/// an ignored keyword it contains removes every match; `disable_built_in_keywords` turns the rules off.
/// With `in_data_discovery.enabled`, a flagged column also gets an `IDD` match with a `hit_ratio` of 60–100,
/// and files get value counts.
/// With `in_data_discovery.safe_data_preview` (in the request, or in a saved config's YAML),
/// every column or field gets a `safe_data_preview` at the levels asked for
/// (by default `lengths` and `summaries`), leaving out top-list entries seen fewer than `min_group_size` times.
/// A saved config's `labels` (each a `name` with `keywords`, `categories` and a `description`) replace the rules above.
///
/// Discovery runs are runs: `queued`, `validating`, one `running` step per table or file, then `finished`,
/// with `ruleset_name` `$auto_schema_discovery` or `$auto_file_data_discovery`;
/// a connection whose name ends in `_warn` or `_fail` scripts the outcome as for masking runs.
/// Results, the sensitive data discovery report and the database discovery report exist once the run has finished
/// (`404` before; schema results answer `400`); the config snapshot exists from the start.
/// The database discovery report has one line per column, `selected` being `true` for the labelled ones;
/// past ``EmulatorConfiguration/discoveryReportRowLimit`` lines it is a zip of CSV parts of at most that many lines.
///
/// Ruleset generation writes one `mask_table` task per table (keyed on its primary key) with one rule per column,
/// or `mask_tabular_file` and `mask_file` tasks for file selections,
/// choosing masks by the label from the connection's latest finished discovery, else by the keyword rules:
/// the mask the RG config (or the default one) maps the label to, else built-in masks for the built-in labels
/// and a mask by type for the rest;
/// the YAML passes the emulator's validation, and a masking run can use it.
/// Asynchronous generation is one task per connection, stepping `queued`, `running`, `finished` like a run;
/// a CSV upload selects its lines with `selected` true (else those with `labels`)
/// and yields rulesets of whole tables grouped up to `target_size_bytes` (default 500,000),
/// named like `20261130_001_customers_to_orders`; a CSV selecting nothing makes the task fail.
/// `DELETE /api/async-generate-ruleset/{connection_id}/` cancels an unfinished task.
///
/// A run from a saved discovery config needs one of the run's type whose verdict is `valid`;
/// generation with an RG config whose verdict is not `valid` answers `400` with a `message`.
///
/// ## In-flight masking
///
/// The in-flight masking (IFM) service lives under `/ifm/` on the same port,
/// so its base URL is the emulator's URL plus `/ifm`, such as `http://127.0.0.1:8765/ifm`.
///
/// | Request | Answer |
/// |---|---|
/// | `POST /api/auth/jwt/login/` `{"username", "password"}` | `200 {"access_token", "refresh_token", "token_type": "Bearer"}`; `401` for wrong credentials. |
/// | `POST /api/auth/jwt/refresh/` `{"refresh"}` | `200 {"access_token"}`; `401` when the refresh token is unknown or expired. |
/// | `GET /ifm/verify-token/` | `{"scopes": [...]}`. |
/// | `GET /ifm/ruleset-plans/?limit=&offset=` | `{"items", "total", "limit", "offset"}`; `limit` 1–1,000, default 100. |
/// | `POST /ifm/ruleset-plans/` `{"name", "ruleset_yaml", "options"}` | `201` plan named `<name>-<6 random a–z, 0–9>`, with `serial` 1, `logs` and `url`. |
/// | `GET /ifm/ruleset-plans/{name}/` | `200` plan with `ruleset_yaml`; `404 {"error"}`. |
/// | `PUT` / `PATCH /ifm/ruleset-plans/{name}/` | `200`, `serial` one higher; `PUT` replaces `options`, `PATCH` merges them and keeps what it does not send. |
/// | `DELETE /ifm/ruleset-plans/{name}/` | `204`. |
/// | `POST /ifm/ruleset-plans/{name}/mask/` `{"data", "run_secret", "hash_values", …}` | `200 {"request_id", "ruleset_plan", "logs", "data"}`; a soft failure is `400` with error `logs` and no `data`. |
///
/// Users log in with the same usernames and passwords as for token login.
/// IFM routes take only `Authorization: Bearer <access token>`, and admin routes only `Token <key>`;
/// a missing, unknown or expired token gets `401` with `WWW-Authenticate: Bearer`.
/// The tokens are JWT-shaped but unsigned:
/// the header is `{"alg": "none", "typ": "JWT"}`, the claims carry `sub`, `username`, `scope`, `iat` and `exp`,
/// and the third part is 32 random bytes;
/// the emulator recognises only tokens it issued, by looking them up.
/// Access tokens last ``EmulatorConfiguration/InFlightMasking/accessTokenLifetime``
/// and refresh tokens ``EmulatorConfiguration/InFlightMasking/refreshTokenLifetime``, on the emulator clock.
///
/// Roles grant scopes:
/// `admin` and `mask_builder` get `ifm/mask`, `ifm/rules:list`, `ifm/rules:read` and `ifm/rules:write`;
/// `mask_runner` gets `ifm/mask` and `ifm/rules:list`, so it may list plans and mask, but not read or change a plan;
/// other users get no scopes and `403` everywhere but `verify-token/`.
/// Bad bodies get FastAPI's `422 {"detail": [{"loc", "msg", "type"}]}`;
/// `run_secret` needs at least 20 characters, and `hash_values`, when given, one value per record.
///
/// A plan's YAML is checked when it is written:
/// `version` must be the quoted string `"1.0"` and `rules` a list of rules, each with a `masks` list.
/// YAML with errors is refused with `400 {"error", "logs"}` and not stored;
/// a mask the emulator does not implement is stored with a `warning` log.
/// Each rule's masks apply in order to every record.
/// The emulator implements these masks; where DataMasque's output is not documented, the output is the emulator's own:
///
/// - `from_fixed` (`value`): the value.
/// - `from_choices` (`choices`): one of the choices.
/// - `from_format_string` (`value_format`): literal text and groups `{[set],n}` of `n` characters from `set`,
///   such as `{[A-Z],2}-{[0-9],4}`.
/// - `imitate` (`uppercase`, `lowercase`, `digits`, `force_change`):
///   each letter and digit of a string or number replaced by one of its kind.
/// - `do_nothing`: the value unchanged.
/// - `json` (`transforms`, each with `path`, `masks`, `on_null` and `on_missing`):
///   masks at paths of keys, indices and `*` inside an object, an array, or a string holding one.
///
/// A mask that cannot handle a value, such as `imitate` given an object, a `json` path that is missing,
/// or a mask the emulator does not implement,
/// makes the whole request a soft failure with one `error` log per failed record, such as `Record 1: …`.
///
/// Random choices are deterministic.
/// Each mask draws from a generator seeded with the request's `run_secret`
/// (or ``EmulatorConfiguration/InFlightMasking/instanceSecret``, or a fresh random secret when the request sets `disable_instance_secret`),
/// the record's hash value from `hash_values` (or, without them, the record's position),
/// and the mask's place in the ruleset.
/// So the same request with the same secret gives the same output,
/// and records with equal hash values get equal output wherever they are.
/// The generator is the emulator's own (64-bit FNV-1a and SplitMix64), not DataMasque's,
/// and stays the same for a given emulator version.
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
/// | `POST /_emulator/reset` | Forgets tokens, connections, rulesets, libraries, runs, ruleset generation tasks, IFM tokens and plans, faults, the gateway mode and recorded requests, and resets the emulator clock; users, files, licence and settings return to their start. |
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
/// | `POST /_emulator/runs/complete` | Moves the emulator clock until every run and ruleset generation task has ended. |
/// | `POST /_emulator/ifm/expire-tokens` | Expires every IFM access token, and with `{"refresh_tokens": true}` every refresh token too. |
/// | `GET /_emulator/ifm/status` | `{"login_count": n, "refresh_count": n}` for JWT logins and refreshes. |
/// | `POST /_emulator/runs/{id}/outcome` | `{"outcome": "finished" \| "finished_with_warnings" \| "failed"}` scripts how a run ends. |
/// | `POST /_emulator/discovery/report-row-limit` | `{"rows": n}` (1–10,000,000) sets the line limit of the database discovery report. |
/// | `POST /_emulator/async-generation/{connection_id}/outcome` | `{"outcome": …}` as for runs, scripts how the connection's ruleset generation task ends. |
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
