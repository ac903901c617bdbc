import Foundation

/// Everything the emulator remembers between requests.
///
/// Handlers read and change it in one step with ``transact(_:)``.
actor EmulatorState {
    /// How many recorded requests are kept; older ones are dropped first.
    static let recordedRequestLimit = 10_000

    nonisolated let configuration: EmulatorConfiguration
    var tokens = TokenStore()
    var connections = ConnectionStore()
    var faults = FaultPlan()
    var gatewayMode = SPCSGatewayMode.accepting
    private(set) var recorded: [RecordedRequest] = []
    private var requestLog: RequestLogFile?

    init(configuration: EmulatorConfiguration) {
        self.configuration = configuration
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

    func record(_ request: RecordedRequest) {
        recorded.append(request)
        if recorded.count > Self.recordedRequestLimit {
            recorded.removeFirst(recorded.count - Self.recordedRequestLimit)
        }
        do {
            try requestLog?.append(request)
        } catch {
            configuration.logger.warning("Cannot write the request log.", metadata: ["error": "\(error)"])
        }
    }

    func removeRecordedRequests() {
        recorded = []
    }

    /// Forgets tokens, connections, faults, the gateway mode and recorded requests.
    func reset() {
        tokens = TokenStore()
        connections = ConnectionStore()
        faults = FaultPlan()
        gatewayMode = .accepting
        recorded = []
    }
}
