public import Logging

/// How to run a ``DataMasqueEmulator``.
///
/// Every setting has a default,
/// so `EmulatorConfiguration()` serves `admin` / `datamasque` on `127.0.0.1:8765`:
///
/// ```swift
/// var configuration = EmulatorConfiguration(port: 0)   // any free port
/// configuration.spcsPAT = "my-pat"                      // put a Snowflake gateway in front
/// ```
public struct EmulatorConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on; `0` picks a free port,
    /// which ``DataMasqueEmulator/start()`` reports in its URL.
    public var port: Int
    /// The administrator that exists from the start, with the `admin` role.
    ///
    /// Add more users through `POST /api/users/` or ``EmulatorControl/addUser(username:password:roles:email:isActive:)``.
    public var username: String
    /// The password of ``username``.
    public var password: String
    /// Whether the server starts installed, with the administrator ``username``.
    ///
    /// When `false`, no user exists, logins fail and `GET /api/app/check/` answers `{"installed": false}`
    /// until `POST /api/users/admin-install/` creates the first administrator.
    public var installed: Bool
    /// How long a login token stays valid.
    ///
    /// DataMasque uses 12 hours.
    public var tokenLifetime: Duration
    /// The Snowflake programmatic access token the simulated SPCS gateway requires,
    /// or `nil` to serve without a gateway.
    ///
    /// When set, every request must carry `X-SF-SPCS-Authorization: Snowflake Token="<PAT>"`,
    /// and every response gains the gateway's headers.
    public var spcsPAT: String?
    /// A file that receives one JSON line per request, or `nil` for none.
    ///
    /// Secret-looking body fields and the authorization headers are redacted.
    public var requestLogPath: String?
    /// A start-up phase during which every request gets `502 Bad Gateway`,
    /// as DataMasque's nginx answers while the application starts; `nil` for none.
    public var startingUp: StartingUp?
    /// How long a masking run spends in each step of its walk
    /// from `queued` through `validating` and `running` to its end.
    ///
    /// Runs advance on the emulator clock,
    /// which ``EmulatorControl/advanceRuns(steps:)`` and ``EmulatorControl/completeRuns()`` move forward.
    public var runStepDuration: Duration
    /// How long rulesets and libraries of 61,440 bytes or more stay `in_progress` before their verdict,
    /// on the emulator clock.
    public var deferredValidationDelay: Duration
    /// How many lines a database discovery report holds before it is split into a zip of CSV parts
    /// of at most this many lines each.
    ///
    /// ``EmulatorControl/setDiscoveryReportRowLimit(_:)`` changes it while the emulator runs.
    public var discoveryReportRowLimit: Int
    /// The largest `multipart/form-data` upload the emulator accepts, in bytes;
    /// a larger one gets `413 Payload Too Large`.
    ///
    /// Uploaded files are written to a temporary directory as they arrive, never held in memory,
    /// and removed when deleted, when the emulator is reset, and when it ends.
    /// The default is 4 GiB.
    /// A JSON or form-encoded body is limited to 64 MiB whatever this says.
    public var maximumUploadSize: Int
    /// The size in bytes of the log file in the archive `GET /api/logs/download/` returns, or `nil` for a few lines.
    ///
    /// The archive is generated as it is sent, so a large size costs no memory;
    /// use it to measure or test large downloads.
    public var logArchiveSize: Int?
    /// Where the emulator logs; silent by default.
    public var logger: Logger
    /// Token lifetimes, plan-name suffixes and the mask seed of the in-flight masking service under `/ifm/`.
    public var inFlightMasking = InFlightMasking()

    /// The length of a start-up phase.
    public enum StartingUp: Sendable, Hashable {
        /// The next `count` requests get `502`.
        case requests(Int)
        /// Requests get `502` until this much time has passed.
        case duration(Duration)
    }

    /// Creates a configuration; see the properties for what each setting does.
    public init(
        host: String = "127.0.0.1",
        port: Int = 8765,
        username: String = "admin",
        password: String = "datamasque",
        installed: Bool = true,
        tokenLifetime: Duration = .seconds(12 * 60 * 60),
        spcsPAT: String? = nil,
        requestLogPath: String? = nil,
        startingUp: StartingUp? = nil,
        runStepDuration: Duration = .seconds(1),
        deferredValidationDelay: Duration = .seconds(2),
        discoveryReportRowLimit: Int = 100_000,
        maximumUploadSize: Int = 4 * 1024 * 1024 * 1024,
        logArchiveSize: Int? = nil,
        logger: Logger = Logger(label: "datamasque.emulator", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.installed = installed
        self.tokenLifetime = tokenLifetime
        self.spcsPAT = spcsPAT
        self.requestLogPath = requestLogPath
        self.startingUp = startingUp
        self.runStepDuration = runStepDuration
        self.deferredValidationDelay = deferredValidationDelay
        self.discoveryReportRowLimit = max(1, discoveryReportRowLimit)
        self.maximumUploadSize = maximumUploadSize
        self.logArchiveSize = logArchiveSize
        self.logger = logger
    }
}
