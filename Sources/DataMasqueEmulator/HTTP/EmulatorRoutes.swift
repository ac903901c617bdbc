import Hummingbird

/// The emulator's endpoints, grouped by concern in extensions.
struct EmulatorRoutes {
    typealias Context = BasicRequestContext

    let configuration: EmulatorConfiguration
    let state: EmulatorState

    func add(to router: Router<Context>) {
        addSystemRoutes(to: router)
        addAuthRoutes(to: router)
        addConnectionRoutes(to: router)
        addUserRoutes(to: router)
        addFileRoutes(to: router)
        addLicenseRoutes(to: router)
        addSettingsRoutes(to: router)
        addRulesetRoutes(to: router)
        addLibraryRoutes(to: router)
        addBundleRoutes(to: router)
        addDiscoveryConfigRoutes(to: router)
        addDiscoveryLibraryRoutes(to: router)
        addRGConfigRoutes(to: router)
        addTableReferenceRoutes(to: router)
        addRunRoutes(to: router)
        addDiscoveryRoutes(to: router)
        addGenerationRoutes(to: router)
        addControlRoutes(to: router)
        addUserControlRoutes(to: router)
        addRunControlRoutes(to: router)
        addDiscoveryControlRoutes(to: router)
    }
}
