public import DataMasque

/// Changes a running emulator's state from a test,
/// to provoke the situations a client must handle.
///
/// ```swift
/// try await withEmulator { emulator in
///     await emulator.control.expireAllTokens()          // the next call must log in again
///     await emulator.control.setStartingUp(.requests(2)) // two 502s, then normal service
/// }
/// ```
///
/// Out-of-process drivers reach the same switches over HTTP under `/_emulator/`;
/// see ``DataMasqueEmulator``.
public struct EmulatorControl: Sendable {
    let state: EmulatorState

    init(state: EmulatorState) {
        self.state = state
    }

    /// Makes every issued login token expired;
    /// requests with one get `401 {"detail": "Token is invalid or expired."}`.
    public func expireAllTokens() async {
        await state.transact { $0.tokens.expireAll(now: .now) }
    }

    /// Forgets every issued login token;
    /// requests with one get `401 {"detail": "Invalid token."}`.
    public func revokeAllTokens() async {
        await state.transact { $0.tokens.revokeAll() }
    }

    /// How many logins have succeeded.
    public var loginCount: Int {
        get async { await state.transact { $0.tokens.loginCount } }
    }

    /// Starts a start-up phase in which every request gets `502` with an HTML body,
    /// or ends it with `nil`.
    public func setStartingUp(_ phase: EmulatorConfiguration.StartingUp?) async {
        await state.transact { $0.faults.setStartingUp(phase, now: .now) }
    }

    /// Plans `fault` for the next matching requests, after faults already planned.
    public func injectFault(_ fault: EmulatorFault) async {
        await state.transact { $0.faults.add(fault) }
    }

    /// Drops every planned fault that has not happened yet.
    public func removeFaults() async {
        await state.transact { $0.faults.removeFaults() }
    }

    /// Changes how the SPCS gateway treats requests with the right PAT.
    ///
    /// It has no effect unless ``EmulatorConfiguration/spcsPAT`` is set.
    public func setSPCSGatewayMode(_ mode: SPCSGatewayMode) async {
        await state.transact { $0.gatewayMode = mode }
    }

    /// The requests answered so far, oldest first, with secrets redacted.
    ///
    /// Requests to `/_emulator/` are not recorded.
    /// The most recent 10,000 are kept.
    public var requests: [RecordedRequest] {
        get async { await state.recorded }
    }

    /// Forgets the recorded requests.
    public func removeRecordedRequests() async {
        await state.removeRecordedRequests()
    }

    /// The stored connections as the server returns them.
    public var connections: [JSONValue] {
        get async { await state.transact { $0.connections.all.map(JSONValue.object) } }
    }

    /// Stores `connection` without validating it, for example one of a kind a client does not know,
    /// and returns it with its `id`.
    @discardableResult
    public func insertConnection(_ connection: [String: JSONValue]) async -> JSONValue {
        .object(await state.transact { $0.connections.insert(connection) })
    }

    /// Forgets tokens, connections, rulesets, libraries, runs, IFM tokens and plans, faults, the gateway mode, the start-up phase
    /// and recorded requests, and puts the emulator clock back to wall-clock time;
    /// users, files, the licence and settings return to how they were at start.
    public func reset() async {
        await state.reset()
    }
}
