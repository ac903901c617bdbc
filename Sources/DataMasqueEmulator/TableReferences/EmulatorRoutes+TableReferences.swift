import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// Table references: a bare-array list of the live ones, CRUD by UUID,
    /// server-filled option defaults, and a delete that archives, freeing the name.
    func addTableReferenceRoutes(to router: Router<Context>) {
        router.endpoint(
            "/api/table-references/",
            [
                .get: { _, _ in .json(.array(await state.transact { $0.tableReferences.all.map(JSONValue.object) })) },
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    let reference = try await state.transact { state in
                        let (ids, now) = (state.liveConnectionIDs, state.clock.now)
                        return try state.tableReferences.create(body, connectionIDs: ids, now: now)
                    }
                    return .json(.object(reference), status: .created)
                },
            ])
        router.endpoint(
            "/api/table-references/:id/",
            [
                .get: { _, context in
                    let id = try context.parameters.require("id")
                    return .json(.object(try await state.transact { try $0.tableReferences.reference(id: id) }))
                },
                .put: { request, context in
                    let (id, body) = (try context.parameters.require("id"), try await request.jsonObject())
                    let reference = try await state.transact { state in
                        let (ids, now) = (state.liveConnectionIDs, state.clock.now)
                        return try state.tableReferences.replace(id: id, with: body, connectionIDs: ids, now: now)
                    }
                    return .json(.object(reference))
                },
                .delete: { _, context in
                    let id = try context.parameters.require("id")
                    try await state.transact { try $0.tableReferences.archive(id: id) }
                    return .noContent
                },
            ])
    }
}
