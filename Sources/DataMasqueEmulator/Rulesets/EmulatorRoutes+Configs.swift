import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// The handlers rulesets and libraries share.
    struct ConfigHandlers {
        /// `POST`: `201` with a new item, or `200` when an upsert replaced one.
        var save: Router<Context>.Handler
        /// `GET` by UUID.
        var get: Router<Context>.Handler
        /// `PUT` or `PATCH` by UUID: changes the members sent and validates again.
        var update: Router<Context>.Handler
    }

    /// The shared handlers for items of `kind`; `save` upserts when the query says `upsert=true`.
    func configHandlers(_ kind: ConfigKind) -> ConfigHandlers {
        let delay = configuration.deferredValidationDelay
        return ConfigHandlers(
            save: { request, _ in
                let upsert = request.uri.queryParameters["upsert"]?.lowercased() == "true"
                let body = try await request.jsonObject()
                let (item, created) = try await state.transact { state in
                    let now = state.clock.now
                    let (config, created) = try state.withStore(kind) {
                        try $0.save(body, upsert: upsert, now: now, validationDelay: delay)
                    }
                    return (state.json(of: config, kind: kind), created)
                }
                return .json(item, status: created ? .created : .ok)
            },
            get: { _, context in
                let id = try context.parameters.require("id")
                return .json(
                    try await state.transact { state in
                        state.json(of: try state.withStore(kind) { try $0.config(id: id) }, kind: kind)
                    })
            },
            update: { request, context in
                let (id, body) = (try context.parameters.require("id"), try await request.jsonObject())
                return .json(
                    try await state.transact { state in
                        let now = state.clock.now
                        let config = try state.withStore(kind) {
                            try $0.update(id: id, fields: body, now: now, validationDelay: delay)
                        }
                        return state.json(of: config, kind: kind)
                    })
            })
    }
}
