import Foundation

/// Everything the emulator remembers between requests.
///
/// Handlers read and change it in one step with ``transact(_:)``.
actor EmulatorState {
    /// How many recorded requests are kept; older ones are dropped first.
    static let recordedRequestLimit = 10_000

    nonisolated let configuration: EmulatorConfiguration
    /// Where uploaded files are kept.
    nonisolated let spool = UploadSpool()
    var tokens = IssuedTokens()
    var connections = ConnectionStore()
    var rulesets = ConfigStore(kind: .ruleset)
    var libraries = ConfigStore(kind: .library)
    var discoveryConfigs = ConfigStore(kind: .discoveryConfig)
    var discoveryLibraries = ConfigStore(kind: .discoveryLibrary)
    var rgConfigs = ConfigStore(kind: .rgConfig)
    var tableReferences = TableReferenceStore()
    var runs = RunStore()
    var discoveries = DiscoveryStore()
    var generations = GenerationTaskStore()
    /// How many lines a database discovery report holds before it is split into a zip of parts.
    var discoveryReportRowLimit: Int
    var clock = EmulatorClock()
    var users: UserStore
    var files = FileStore()
    var license = LicenseStore()
    var settings = SettingsStore()
    var faults = FaultPlan()
    var gatewayMode = SPCSGatewayMode.accepting
    var ifmTokens = IFMTokens()
    var plans: PlanStore
    /// The recorded requests, oldest first, with up to as many older ones again not yet dropped,
    /// so that dropping them costs nothing per request.
    private var recordLog: [RecordedRequest] = []
    private var requestLog: RequestLogFile?

    init(configuration: EmulatorConfiguration) {
        self.configuration = configuration
        self.users = UserStore(configuration: configuration)
        self.plans = PlanStore(nameSeed: configuration.inFlightMasking.nameSeed)
        self.discoveryReportRowLimit = configuration.discoveryReportRowLimit
        faults.setStartingUp(configuration.startingUp, now: .now)
    }

    /// Runs `body` on the state without interruption by other requests.
    func transact<Result: Sendable>(_ body: @Sendable (isolated EmulatorState) throws -> Result) rethrows -> Result {
        try body(self)
    }

    /// Opens ``EmulatorConfiguration/requestLogPath`` when it is set and not open yet.
    func openRequestLog() throws {
        guard requestLog == nil, let path = configuration.requestLogPath else { return }
        requestLog = try RequestLogFile(path: path)
    }

    /// The most recent ``recordedRequestLimit`` requests, oldest first.
    var recorded: [RecordedRequest] {
        Array(recordLog.suffix(Self.recordedRequestLimit))
    }

    func record(_ request: RecordedRequest) {
        recordLog.append(request)
        if recordLog.count >= 2 * Self.recordedRequestLimit {
            recordLog.removeFirst(recordLog.count - Self.recordedRequestLimit)
        }
        do {
            try requestLog?.append(request)
        } catch {
            configuration.logger.warning("Cannot write the request log.", metadata: ["error": "\(error)"])
        }
    }

    func removeRecordedRequests() {
        recordLog = []
    }

    /// Forgets tokens, connections, rulesets, libraries, discovery and RG configs, table references,
    /// runs (discovery runs and their findings included), ruleset generation tasks,
    /// IFM tokens and plans, faults, the gateway mode and recorded requests,
    /// puts the emulator clock back to wall-clock time,
    /// and puts users, files, the licence, settings and the discovery report line limit back as they were at start.
    func reset() {
        tokens = IssuedTokens()
        connections = ConnectionStore()
        (rulesets, libraries) = (ConfigStore(kind: .ruleset), ConfigStore(kind: .library))
        (discoveryConfigs, discoveryLibraries) = (ConfigStore(kind: .discoveryConfig), ConfigStore(kind: .discoveryLibrary))
        (rgConfigs, tableReferences) = (ConfigStore(kind: .rgConfig), TableReferenceStore())
        (runs, clock) = (RunStore(), EmulatorClock())
        (discoveries, generations) = (DiscoveryStore(), GenerationTaskStore())
        discoveryReportRowLimit = configuration.discoveryReportRowLimit
        users = UserStore(configuration: configuration)
        files = FileStore()
        license = LicenseStore()
        settings = SettingsStore()
        faults = FaultPlan()
        gatewayMode = .accepting
        (ifmTokens, plans) = (IFMTokens(), PlanStore(nameSeed: configuration.inFlightMasking.nameSeed))
        recordLog = []
    }
}
