import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// The handlers the items of every ``ConfigKind`` share.
    struct ConfigHandlers {
        /// `POST`: `201` with a new item, or `200` when an upsert replaced one.
        var save: Router<Context>.Handler
        /// `GET` by UUID.
        var get: Router<Context>.Handler
        /// `PUT` or `PATCH` by UUID: changes the members sent and validates again.
        var update: Router<Context>.Handler
    }

    /// `GET` of a collection of `kind`: its items without YAML,
    /// kept when each query parameter of `filters` that has a value equals the item's field,
    /// in DataMasque's paging envelope when `paged`, else as a bare array.
    func configListHandler(
        _ kind: ConfigKind, filters: [(parameter: String, field: @Sendable (StoredConfig) -> String)], paged: Bool
    ) -> Router<Context>.Handler {
        { request, _ in
            let query = request.uri.queryParameters
            let wanted = filters.compactMap { filter in
                query[Substring(filter.parameter)].flatMap { $0.isEmpty ? nil : (String($0), filter.field) }
            }
            let items = await state.transact { state in
                state.withStore(kind) { $0 }.all.filter { item in wanted.allSatisfy { $0.1(item) == $0.0 } }
                    .map { state.json(of: $0, kind: kind, includeYAML: false) }
            }
            return .json(paged ? Pagination(request).page(items) : .array(items))
        }
    }

    /// How often a write validates the item it changes before it stores the last verdict
    /// even though another request changed the item meanwhile.
    static let validationAttempts = 5

    /// The shared handlers for items of `kind`; `save` upserts when the query says `upsert=true`.
    func configHandlers(_ kind: ConfigKind) -> ConfigHandlers {
        let delay = configuration.deferredValidationDelay
        return ConfigHandlers(
            save: { request, _ in
                let upsert = request.uri.queryParameters["upsert"]?.lowercased() == "true"
                let body = try await request.jsonObject()
                let name = body["name"]?.stringValue ?? ""
                let scope = kind.scope(of: body)
                let (item, created) = try await write(kind, fields: body) { state in
                    upsert ? state.withStore(kind) { $0.config(name: name, scope: scope) } : nil
                } write: { state, verdict in
                    let now = state.clock.now
                    let (config, created) = try state.withStore(kind) {
                        try $0.save(body, verdict: verdict, upsert: upsert, now: now, validationDelay: delay)
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
                let item = try await write(kind, fields: body) { state in
                    try state.withStore(kind) { try $0.config(id: id) }
                } write: { state, verdict in
                    let now = state.clock.now
                    let config = try state.withStore(kind) {
                        try $0.update(id: id, fields: body, verdict: verdict, now: now, validationDelay: delay)
                    }
                    return state.json(of: config, kind: kind)
                }
                return .json(item)
            })
    }

    /// Validates the item `fields` would leave, off the state actor, then runs `write` with the verdict.
    ///
    /// `existing` finds the item `fields` change, if any;
    /// when another request writes that item while this one validates, it validates again.
    private func write<Result: Sendable>(
        _ kind: ConfigKind, fields: [String: JSONValue],
        existing: @escaping @Sendable (isolated EmulatorState) throws -> StoredConfig?,
        write: @escaping @Sendable (isolated EmulatorState, ConfigVerdict) throws -> Result
    ) async throws -> Result {
        var attempt = 1
        while true {
            let base = try await state.transact { state in
                try existing(state).map { (body: $0.body(kind: kind), stamp: $0.stamp) }
            }
            let verdict = kind.verdict(on: (base?.body ?? [:]).merging(fields) { $1 })
            let lastAttempt = attempt >= Self.validationAttempts
            let result = try await state.transact { state -> Result? in
                let unchanged = try existing(state)?.stamp == base?.stamp
                return unchanged || lastAttempt ? try write(state, verdict) : nil
            }
            if let result { return result }
            attempt += 1
        }
    }
}
