import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// Rulesets: upsert by name and `mask_type`, CRUD by UUID, and the v2 bare-array list.
    func addRulesetRoutes(to router: Router<Context>) {
        let handlers = configHandlers(.ruleset)
        router.endpoint("/api/rulesets/", [.post: handlers.save])
        router.endpoint(
            "/api/rulesets/:id/",
            [
                .get: handlers.get,
                .patch: handlers.update,
                .delete: { _, context in
                    let id = try context.parameters.require("id")
                    try await state.transact { try $0.rulesets.delete(id: id) }
                    return .noContent
                },
            ])
        router.endpoint(
            "/api/v2/rulesets/",
            [
                .get: { _, _ in
                    .json(
                        .array(
                            await state.transact { state in
                                state.rulesets.all.map { state.json(of: $0, kind: .ruleset) }
                            }))
                }
            ])
    }
}
