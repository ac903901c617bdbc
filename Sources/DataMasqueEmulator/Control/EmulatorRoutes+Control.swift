import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// The `/_emulator/` control endpoints documented on ``DataMasqueEmulator``.
    func addControlRoutes(to router: Router<Context>) {
        let control = EmulatorControl(state: state)
        router.endpoint("/_emulator/reset", [.post: Self.change { _ in await control.reset() }])
        router.endpoint("/_emulator/expire-tokens", [.post: Self.change { _ in await control.expireAllTokens() }])
        router.endpoint("/_emulator/revoke-tokens", [.post: Self.change { _ in await control.revokeAllTokens() }])
        router.endpoint(
            "/_emulator/starting-up",
            [.post: Self.change { await control.setStartingUp(try await Self.startingUp($0)) }])
        router.endpoint(
            "/_emulator/faults",
            [
                .post: Self.change { await control.injectFault(try await Self.fault($0)) },
                .delete: Self.change { _ in await control.removeFaults() },
            ])
        router.endpoint(
            "/_emulator/spcs-mode",
            [.post: Self.change { await control.setSPCSGatewayMode(try await Self.gatewayMode($0)) }])
        router.endpoint(
            "/_emulator/requests",
            [
                .get: { _, _ in .json(try EmulatorJSON.jsonValue(of: await control.requests)) },
                .delete: Self.change { _ in await control.removeRecordedRequests() },
            ])
        router.endpoint(
            "/_emulator/status",
            [.get: { _, _ in .json(["login_count": .int(await control.loginCount)]) }])
    }

    /// A handler that performs `body` and answers `204`.
    private static func change(
        _ body: @escaping @Sendable (Request) async throws -> Void
    ) -> Router<Context>.Handler {
        { request, _ in
            try await body(request)
            return .noContent
        }
    }

    /// The longest start-up phase a control request may ask for, in seconds or requests.
    static let startingUpLimit = 86_400

    /// The phase in `{"requests": n}` or `{"seconds": s}`; `nil` (end the phase) for `{}`.
    ///
    /// - Throws: ``APIError`` `400` when a value is out of range.
    private static func startingUp(_ request: Request) async throws -> EmulatorConfiguration.StartingUp? {
        let body = try await request.jsonObject()
        if let count = try ControlValue.integer(body, "requests", in: 0...startingUpLimit) { return .requests(count) }
        return try ControlValue.seconds(body, "seconds", in: 0...startingUpLimit).map { .duration($0) }
    }

    /// The fault in `{"path", "status", "count", "retry_after", "latency_ms"}`.
    ///
    /// - Throws: ``APIError`` `400` when the body has another shape or a value is out of range.
    private static func fault(_ request: Request) async throws -> EmulatorFault {
        let body = try await request.jsonObject()
        _ = try ControlValue.integer(body, "status", in: EmulatorFault.statusRange)
        _ = try ControlValue.integer(body, "count", in: 0...Int(Int32.max))
        _ = try ControlValue.integer(body, "retry_after", in: 0...EmulatorFault.retryAfterLimit)
        _ = try ControlValue.integer(body, "latency_ms", in: 0...EmulatorFault.latencyLimit)
        do {
            return try EmulatorJSON.decode(EmulatorFault.self, from: EmulatorJSON.encode(JSONValue.object(body)))
        } catch {
            throw APIError.detail(
                .badRequest, "Expected {\"path\", \"status\", \"count\", \"retry_after\", \"latency_ms\"}.")
        }
    }

    /// The mode in `{"mode": "accepting" | "expired" | "network_policy"}`.
    private static func gatewayMode(_ request: Request) async throws -> SPCSGatewayMode {
        let name = try await request.jsonObject()["mode"]?.stringValue
        guard let mode = name.flatMap(SPCSGatewayMode.init(rawValue:)) else {
            throw APIError.fields(["mode": ["Expected one of: accepting, expired, network_policy."]])
        }
        return mode
    }
}
