import Hummingbird
import NIOCore

/// The emulator's router: gateway, faults and authentication in front of the endpoints.
///
/// Middleware runs outermost first:
/// recording, the SPCS gateway (when configured), DRF error bodies,
/// start-up and injected faults, unknown-path `404`s, token authentication.
func buildRouter(configuration: EmulatorConfiguration, state: EmulatorState) -> Router<BasicRequestContext> {
    let router = Router(options: .autoGenerateHeadEndpoints)
    router.add(middleware: RequestRecorderMiddleware(state: state))
    if let pat = configuration.spcsPAT {
        router.add(middleware: SPCSIngressMiddleware(pat: pat, state: state))
    }
    router.add(middleware: DRFErrorMiddleware())
    router.add(middleware: FaultInjectionMiddleware(state: state))
    router.add(middleware: KnownRouteMiddleware())
    router.add(middleware: TokenAuthMiddleware(state: state))
    EmulatorRoutes(configuration: configuration, state: state).add(to: router)
    return router
}

/// The emulator as a Hummingbird application listening where `configuration` says.
///
/// - Throws: When the request log cannot be opened.
func buildApplication(
    configuration: EmulatorConfiguration,
    state: EmulatorState,
    onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    try await state.openRequestLog()
    return Application(
        router: buildRouter(configuration: configuration, state: state),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
        onServerRunning: onServerRunning,
        logger: configuration.logger
    )
}
