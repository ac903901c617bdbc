import Hummingbird

/// The emulator's endpoints, grouped by concern in extensions.
struct EmulatorRoutes {
    typealias Context = BasicRequestContext

    let configuration: EmulatorConfiguration
    let state: EmulatorState

    func add(to router: Router<Context>) {
        addSystemRoutes(to: router)
        addAuthRoutes(to: router)
        addJWTRoutes(to: router)
        addIFMRoutes(to: router)
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
        addIFMControlRoutes(to: router)
        addDiscoveryControlRoutes(to: router)
    }

    /// The request's `multipart/form-data` body, its files spooled to disk,
    /// up to ``EmulatorConfiguration/maximumUploadSize`` bytes.
    ///
    /// - Throws: ``APIError`` as ``Hummingbird/Request/multipartBody(spooledIn:upTo:)``.
    func multipartBody(of request: Request) async throws -> MultipartBody {
        try await request.multipartBody(spooledIn: state.spool, upTo: configuration.maximumUploadSize)
    }
}
