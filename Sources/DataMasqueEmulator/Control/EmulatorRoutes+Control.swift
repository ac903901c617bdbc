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

    /// The phase in `{"requests": n}` or `{"seconds": s}`; `nil` (end the phase) for `{}`.
    private static func startingUp(_ request: Request) async throws -> EmulatorConfiguration.StartingUp? {
        let body = try await request.jsonObject()
        if let count = body["requests"]?.intValue { return .requests(count) }
        return switch body["seconds"] {
        case .int(let seconds)?: .duration(.seconds(seconds))
        case .double(let seconds)?: .duration(.milliseconds(Int(seconds * 1000)))
        default: nil
        }
    }

    /// The fault in `{"path", "status", "count", "retry_after", "latency_ms"}`.
    private static func fault(_ request: Request) async throws -> EmulatorFault {
        let body = try await request.jsonObject()
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
