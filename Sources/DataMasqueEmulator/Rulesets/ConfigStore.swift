import DataMasque
import Foundation

/// The stored items of one ``ConfigKind``, in creation order.
struct ConfigStore {
    typealias Object = [String: JSONValue]

    let kind: ConfigKind
    private(set) var all: [StoredConfig] = []

    init(kind: ConfigKind) {
        self.kind = kind
    }

    /// - Throws: ``APIError/notFound`` when no item has `id`.
    func config(id: String) throws -> StoredConfig {
        all[try index(of: id)]
    }

    /// The item with `name` in `scope`, if any.
    func config(name: String, scope: String) -> StoredConfig? {
        all.first { $0.name == name && $0.scope == scope }
    }

    /// Stores a new item from a complete `body` with `verdict`, the ``ConfigKind/verdict(on:)`` of `body`;
    /// with `upsert`, replaces the item with the same name and scope instead of refusing it.
    ///
    /// - Returns: The stored item and whether it is new.
    /// - Throws: ``APIError`` `400` naming each bad field, or the clash.
    mutating func save(_ body: Object, verdict: ConfigVerdict, upsert: Bool, now: Date, validationDelay: Duration)
        throws -> (config: StoredConfig, created: Bool)
    {
        try check(body)
        if let existing = config(name: body["name"]?.stringValue ?? "", scope: kind.scope(of: body)) {
            guard upsert else { throw APIError.fields(["non_field_errors": [kind.uniquenessMessage]]) }
            let updated = try update(
                id: existing.id, fields: body, verdict: verdict, now: now, validationDelay: validationDelay)
            return (updated, false)
        }
        let config = StoredConfig(kind: kind, body: body, verdict: verdict, now: now, validationDelay: validationDelay)
        all.append(config)
        return (config, true)
    }

    /// Changes the members in `fields` (all of them for `PUT`) and stores `verdict`,
    /// the ``ConfigKind/verdict(on:)`` of the changed item.
    ///
    /// - Throws: ``APIError`` `404` for an unknown `id`, `400` for bad fields or a clash.
    mutating func update(id: String, fields: Object, verdict: ConfigVerdict, now: Date, validationDelay: Duration)
        throws -> StoredConfig
    {
        let index = try index(of: id)
        let merged = all[index].body(kind: kind).merging(fields) { $1 }
        try check(merged)
        let (name, scope) = (merged["name"]?.stringValue, kind.scope(of: merged))
        if all.contains(where: { $0.id != id && $0.name == name && $0.scope == scope }) {
            throw APIError.fields(["non_field_errors": [kind.uniquenessMessage]])
        }
        all[index].apply(kind: kind, body: merged, verdict: verdict, now: now, validationDelay: validationDelay)
        return all[index]
    }

    /// - Throws: ``APIError/notFound`` when no item has `id`.
    mutating func delete(id: String) throws {
        all.remove(at: try index(of: id))
    }

    private func check(_ body: Object) throws {
        let errors = kind.fieldErrors(body)
        guard errors.isEmpty else { throw APIError.fields(errors) }
    }

    private func index(of id: String) throws -> Int {
        guard let index = all.firstIndex(where: { $0.id == id }) else { throw APIError.notFound }
        return index
    }
}
