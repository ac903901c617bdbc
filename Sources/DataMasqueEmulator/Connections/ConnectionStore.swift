import DataMasque
import Foundation

/// The stored connections, in creation order, as the server returns them.
struct ConnectionStore {
    /// A connection as JSON members.
    typealias Object = [String: JSONValue]

    private(set) var all: [Object] = []

    /// - Throws: ``APIError/notFound`` when no connection has `id`.
    func connection(id: String) throws -> Object {
        all[try index(of: id)]
    }

    /// Validates and stores a new connection under a fresh UUID.
    mutating func create(_ body: Object) throws -> Object {
        let stored = try Self.stored(body, id: UUID().uuidString.lowercased(), previous: nil, others: all)
        all.append(stored)
        return stored
    }

    /// Replaces connection `id` with `body`; secrets not sent are kept.
    mutating func replace(id: String, with body: Object) throws -> Object {
        try update(id: id) { _ in body }
    }

    /// Changes only the members in `fields`.
    mutating func patch(id: String, fields: Object) throws -> Object {
        try update(id: id) { $0.merging(fields) { $1 } }
    }

    mutating func delete(id: String) throws {
        all.remove(at: try index(of: id))
    }

    /// Stores `object` as it is, adding an `id` when it has none.
    mutating func insert(_ object: Object) -> Object {
        var object = object
        if object["id"]?.stringValue == nil { object["id"] = .string(UUID().uuidString.lowercased()) }
        all.append(object)
        return object
    }

    private mutating func update(id: String, _ change: (Object) -> Object) throws -> Object {
        let index = try index(of: id)
        var others = all
        others.remove(at: index)
        let stored = try Self.stored(change(all[index]), id: id, previous: all[index], others: others)
        all[index] = stored
        return stored
    }

    private func index(of id: String) throws -> Int {
        guard let index = all.firstIndex(where: { $0["id"]?.stringValue == id }) else { throw APIError.notFound }
        return index
    }
}
