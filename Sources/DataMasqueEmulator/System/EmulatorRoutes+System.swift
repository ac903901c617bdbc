import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// The anonymous readiness endpoints.
    func addSystemRoutes(to router: Router<Context>) {
        router.endpoint("/api/healthcheck/", [.get: { _, _ in .json([:]) }])
        router.endpoint(
            "/api/app/check/",
            [.get: { _, _ in .json(["installed": .bool(await state.transact { $0.users.isInstalled })]) }])
    }
}
