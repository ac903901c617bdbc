import DataMasque
import Foundation

/// The stored connections, in creation order, as the server returns them.
///
/// Each connection's JSON is encoded once, when it is stored,
/// so a listing copies bytes rather than encoding every connection again.
struct ConnectionStore {
    /// A connection as JSON members.
    typealias Object = [String: JSONValue]

    private var entries: [Entry] = []

    /// A stored connection and its JSON.
    struct Entry {
        let object: Object
        let json: Data

        init(_ object: Object) {
            self.object = object
            // Encoding a JSONValue cannot fail.
            json = (try? EmulatorJSON.encode(JSONValue.object(object))) ?? Data("null".utf8)
        }
    }

    /// Every stored connection, in creation order.
    var all: [Object] { entries.map(\.object) }

    /// The JSON of every stored connection, in creation order.
    var encoded: [Data] { entries.map(\.json) }

    /// - Throws: ``APIError/notFound`` when no connection has `id`.
    func connection(id: String) throws -> Object {
        entries[try index(of: id)].object
    }

    /// Validates and stores a new connection under a fresh UUID.
    mutating func create(_ body: Object) throws -> Object {
        let stored = try Self.stored(body, id: UUID().uuidString.lowercased(), previous: nil, others: all)
        entries.append(Entry(stored))
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
        entries.remove(at: try index(of: id))
    }

    /// Stores `object` as it is, adding an `id` when it has none.
    mutating func insert(_ object: Object) -> Object {
        var object = object
        if object["id"]?.stringValue == nil { object["id"] = .string(UUID().uuidString.lowercased()) }
        entries.append(Entry(object))
        return object
    }

    private mutating func update(id: String, _ change: (Object) -> Object) throws -> Object {
        let index = try index(of: id)
        var others = all
        let previous = others.remove(at: index)
        let stored = try Self.stored(change(previous), id: id, previous: previous, others: others)
        entries[index] = Entry(stored)
        return stored
    }

    private func index(of id: String) throws -> Int {
        guard let index = entries.firstIndex(where: { $0.object["id"]?.stringValue == id }) else { throw APIError.notFound }
        return index
    }
}
