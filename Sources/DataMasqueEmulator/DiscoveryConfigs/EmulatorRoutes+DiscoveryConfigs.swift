import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// Discovery configs: a paged list filtered by `name_exact` and `config_type`, CRUD by UUID,
    /// names unique per type, and the built-in defaults as YAML.
    func addDiscoveryConfigRoutes(to router: Router<Context>) {
        let handlers = configHandlers(.discoveryConfig)
        router.endpoint(
            "/api/discovery/configs/",
            [
                .get: configListHandler(
                    .discoveryConfig, filters: [("name_exact", { $0.name }), ("config_type", { $0.scope })], paged: true),
                .post: handlers.save,
            ])
        router.endpoint(
            "/api/discovery/configs/defaults/",
            [
                .get: { request, _ in
                    let type = request.uri.queryParameters["config_type"].map(String.init) ?? "database"
                    guard type.isEmpty || type == "database" || type == "file" else {
                        throw APIError.fields(["config_type": ["\"\(type)\" is not a valid choice."]])
                    }
                    return .yaml(DefaultConfigYAML.discovery(configType: type))
                }
            ])
        router.endpoint(
            "/api/discovery/configs/:id/",
            [
                .get: handlers.get,
                .put: handlers.update,
                .delete: { _, context in
                    let id = try context.parameters.require("id")
                    try await state.transact { try $0.discoveryConfigs.delete(id: id) }
                    return .noContent
                },
            ])
    }

    /// Discovery config libraries: a bare-array list filtered by `name_exact` and `namespace`, CRUD by UUID,
    /// and a delete refused with `409` while configs import the library unless forced.
    func addDiscoveryLibraryRoutes(to router: Router<Context>) {
        let handlers = configHandlers(.discoveryLibrary)
        router.endpoint(
            "/api/discovery/config-libraries/",
            [
                .get: configListHandler(
                    .discoveryLibrary, filters: [("name_exact", { $0.name }), ("namespace", { $0.scope })], paged: false),
                .post: handlers.save,
            ])
        router.endpoint(
            "/api/discovery/config-libraries/:id/",
            [
                .get: handlers.get,
                .put: handlers.update,
                .delete: { request, context in
                    let id = try context.parameters.require("id")
                    let force = request.uri.queryParameters["force"]?.lowercased() == "true"
                    try await state.transact { try $0.deleteLibrary(id: id, kind: .discoveryLibrary, force: force) }
                    return .noContent
                },
            ])
    }

    /// Ruleset generation (RG) configs: a paged list filtered by `name_exact`, CRUD by UUID,
    /// the default config as YAML, and a delete that archives, freeing the name.
    func addRGConfigRoutes(to router: Router<Context>) {
        let handlers = configHandlers(.rgConfig)
        router.endpoint(
            "/api/ruleset-generation-configs/",
            [
                .get: configListHandler(.rgConfig, filters: [("name_exact", { $0.name })], paged: true),
                .post: handlers.save,
            ])
        router.endpoint(
            "/api/ruleset-generation-configs/defaults/", [.get: { _, _ in .yaml(DefaultConfigYAML.rgConfig) }])
        router.endpoint(
            "/api/ruleset-generation-configs/:id/",
            [
                .get: handlers.get,
                .put: handlers.update,
                .delete: { _, context in
                    let id = try context.parameters.require("id")
                    try await state.transact { try $0.rgConfigs.delete(id: id) }
                    return .noContent
                },
            ])
    }
}
