import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// Ruleset libraries: a paged list filtered by `name_exact` and `namespace_exact`, CRUD by UUID,
    /// the paged rulesets importing one, and a delete refused with `409` while imported unless forced.
    func addLibraryRoutes(to router: Router<Context>) {
        let handlers = configHandlers(.library)
        router.endpoint(
            "/api/ruleset-libraries/",
            [
                .get: configListHandler(
                    .library, filters: [("name_exact", { $0.name }), ("namespace_exact", { $0.scope })], paged: true),
                .post: handlers.save,
            ])
        router.endpoint(
            "/api/ruleset-libraries/:id/",
            [
                .get: handlers.get,
                .put: handlers.update,
                .patch: handlers.update,
                .delete: { request, context in
                    let id = try context.parameters.require("id")
                    let force = request.uri.queryParameters["force"]?.lowercased() == "true"
                    try await state.transact { try $0.deleteLibrary(id: id, kind: .library, force: force) }
                    return .noContent
                },
            ])
        router.endpoint(
            "/api/ruleset-libraries/:id/rulesets/",
            [
                .get: { request, context in
                    let id = try context.parameters.require("id")
                    let items = try await state.transact { state in
                        state.importers(of: try state.libraries.config(id: id), kind: .library).map {
                            state.json(of: $0, kind: .ruleset, includeYAML: false)
                        }
                    }
                    return .json(Pagination(request).page(items))
                }
            ])
    }
}
