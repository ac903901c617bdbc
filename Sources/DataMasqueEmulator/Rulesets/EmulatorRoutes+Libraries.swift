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
                .get: { request, _ in
                    let query = request.uri.queryParameters
                    let filters = [("name_exact", \StoredConfig.name), ("namespace_exact", \StoredConfig.scope)]
                        .compactMap { key, path in
                            query[Substring(key)].flatMap { $0.isEmpty ? nil : (String($0), path) }
                        }
                    let items = await state.transact { state in
                        state.libraries.all.filter { library in filters.allSatisfy { library[keyPath: $0.1] == $0.0 } }
                            .map { state.json(of: $0, kind: .library, includeYAML: false) }
                    }
                    return .json(Pagination(request).page(items))
                },
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
                    try await state.transact { try $0.deleteLibrary(id: id, force: force) }
                    return .noContent
                },
            ])
        router.endpoint(
            "/api/ruleset-libraries/:id/rulesets/",
            [
                .get: { request, context in
                    let id = try context.parameters.require("id")
                    let items = try await state.transact { state in
                        state.importers(of: try state.libraries.config(id: id)).map {
                            state.json(of: $0, kind: .ruleset, includeYAML: false)
                        }
                    }
                    return .json(Pagination(request).page(items))
                }
            ])
    }
}
